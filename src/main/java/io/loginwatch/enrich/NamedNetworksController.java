package io.loginwatch.enrich;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Named networks (admin): the equivalent of Entra named locations and Okta network zones. */
@RestController
@RequestMapping("/api/v1/named-networks")
@Tag(name = "Named networks")
class NamedNetworksController {

    private final NamedNetworkAdministration administration;

    NamedNetworksController(NamedNetworkAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Every named network in force, from the configured file and from this API")
    List<NamedNetworkResponse> list() {
        return administration.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a named network; sign-ins from it carry its name and location from now on")
    NamedNetworkResponse add(@Valid @RequestBody NamedNetworkRequest request) {
        NamedNetwork network;
        try {
            network = new NamedNetwork(
                    request.cidr(),
                    request.name(),
                    request.city(),
                    request.country(),
                    request.latitude(),
                    request.longitude(),
                    Boolean.TRUE.equals(request.trusted()));
            return administration.add(network);
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "invalid-named-network", e.getMessage());
        }
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an API-managed named network")
    void remove(@PathVariable long id) {
        if (!administration.remove(id)) {
            throw problem(HttpStatus.NOT_FOUND, "named-network-not-found", "No API-managed named network " + id);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("https://loginwatch.io/problems/" + type));
        return new ErrorResponseException(status, problem, null);
    }
}
