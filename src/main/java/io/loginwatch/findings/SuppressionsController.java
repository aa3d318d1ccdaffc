package io.loginwatch.findings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Suppression rules: readable by analysts, managed by admins. New rules apply to sign-ins scored from now on. */
@RestController
@RequestMapping("/api/v1/suppressions")
@Tag(name = "Suppressions")
class SuppressionsController {

    private final SuppressionRuleRepository rules;
    private final Clock clock;

    SuppressionsController(SuppressionRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every suppression rule")
    List<SuppressionResponse> list() {
        return rules.findAll().stream().map(SuppressionRule::toResponse).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rule, e.g. this user from this network, or this signal for this service account")
    SuppressionResponse create(@Valid @RequestBody SuppressionRequest request, Principal principal) {
        SuppressionRule rule = new SuppressionRule(
                request.user() == null ? null : request.user().trim().toLowerCase(Locale.ROOT),
                request.signal() == null ? null : request.signal().name(),
                request.network() == null ? null : request.network().trim(),
                request.source() == null ? null : request.source().trim().toLowerCase(Locale.ROOT),
                request.reason(),
                principal.getName(),
                clock.instant(),
                request.expiresAt());
        return rules.save(rule).toResponse();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a rule")
    void delete(@PathVariable long id) {
        if (!rules.existsById(id)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No suppression rule with id " + id);
        }
        rules.deleteById(id);
    }
}
