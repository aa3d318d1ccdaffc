package io.loginwatch.baseline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the engine believes about a user. */
@RestController
@Tag(name = "Users")
class BaselineController {

    private final BaselineRepository baselines;

    BaselineController(BaselineRepository baselines) {
        this.baselines = baselines;
    }

    @GetMapping(value = "/api/v1/users/{user}/baseline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The user's learned baseline (countries, places, devices, habits)")
    ResponseEntity<String> baseline(@PathVariable String user) {
        String name = user.trim().toLowerCase(Locale.ROOT);
        return baselines
                .findJson(name)
                .map(json -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND,
                            "No baseline for user '" + name + "': the engine has not scored"
                                    + " a sign-in of this user yet");
                    problem.setType(URI.create("https://loginwatch.io/problems/baseline-not-found"));
                    problem.setTitle("Baseline not found");
                    throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
                });
    }
}
