package io.loginwatch.findings;

import io.loginwatch.shared.PageCursor;
import io.loginwatch.shared.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Findings for analysts and dashboards. */
@RestController
@RequestMapping("/api/v1/findings")
@Tag(name = "Findings")
class FindingsController {

    private static final java.util.Set<String> SIGNALS = java.util.Arrays.stream(
                    io.loginwatch.detection.SignalType.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

    private final FindingQueries queries;
    private final FindingTriage triage;

    FindingsController(FindingQueries queries, FindingTriage triage) {
        this.queries = queries;
        this.triage = triage;
    }

    @GetMapping
    @Operation(summary = "List findings, newest sign-in first, with filters and cursor pagination")
    FindingPage list(
            @RequestParam(required = false) @Nullable String user,
            @Parameter(description = "minimum severity") @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable String signal,
            @RequestParam(required = false) @Nullable FindingStatus status,
            @RequestParam(required = false) @Nullable String source,
            @Parameter(description = "sign-in time, inclusive (ISO-8601)") @RequestParam(required = false) @Nullable
                    Instant since,
            @Parameter(description = "sign-in time, exclusive (ISO-8601)") @RequestParam(required = false) @Nullable
                    Instant until,
            @Parameter(description = "page size, 1-500") @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit", "limit must be between 1 and 500, got " + limit);
        }
        if (signal != null && !SIGNALS.contains(signal.trim().toUpperCase(Locale.ROOT))) {
            throw new InvalidRequestException("signal", "signal '" + signal + "' is not one of " + SIGNALS);
        }
        var filter = new FindingFilter(
                user == null ? null : user.trim().toLowerCase(Locale.ROOT),
                severity,
                signal == null ? null : signal.trim().toUpperCase(Locale.ROOT),
                status,
                source,
                since,
                until);
        return queries.list(filter, limit, cursor == null ? null : cursor(cursor));
    }

    private static PageCursor cursor(String text) {
        try {
            return PageCursor.decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", e.getMessage());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One finding with its evidence, linked audit events, history and notes")
    FindingResponse one(@PathVariable long id) {
        return queries.find(id).orElseThrow(() -> new FindingNotFoundException(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Triage: change status, assignee, or add a note")
    FindingResponse triage(@PathVariable long id, @Valid @RequestBody TriageRequest request, Principal principal) {
        triage.triage(id, request, principal.getName());
        return one(id);
    }
}
