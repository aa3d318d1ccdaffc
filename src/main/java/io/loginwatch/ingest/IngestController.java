package io.loginwatch.ingest;

import io.loginwatch.source.SourceParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints for log shippers and identity providers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ingest", description = "Sign-in and audit events in, as JSON, JSON arrays or NDJSON, optionally gzip")
class IngestController {

    private static final Set<String> JSON_TYPES = Set.of(
            "application/json",
            "application/x-ndjson",
            "application/ndjson",
            "application/jsonl",
            "application/x-jsonlines",
            "application/json-seq",
            "text/plain",
            "application/octet-stream");

    private final IngestService ingest;
    private final SourceParsers parsers;
    private final BodyReader reader;
    private final IngestProperties properties;
    private final IngestLimiter limiter;

    IngestController(IngestService ingest, SourceParsers parsers, IngestProperties properties, IngestLimiter limiter) {
        this.limiter = limiter;
        this.ingest = ingest;
        this.parsers = parsers;
        this.properties = properties;
        this.reader = new BodyReader(properties.maxBodySize());
    }

    @PostMapping("/events/sign-ins")
    @Operation(
            summary = "Ingest canonical sign-in records",
            description =
                    "Required fields: occurredAt (ISO-8601 with offset), user, outcome (SUCCESS|FAILURE|CHALLENGE)."
                            + " Optional: eventId (dedupe key; derived from the content when absent), ip, userAgent, deviceId,"
                            + " country (ISO 3166-1 alpha-2), region, city, latitude, longitude, asn, asOrg, application,"
                            + " mfa (boolean), sessionId, accessPath (CONSOLE|CLI_API|SSO|MOBILE_APP|LEGACY_PROTOCOL|"
                            + "NON_INTERACTIVE), displayName, tenant, kind, principalType, interactive, failureReason, source.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "sign-in", value = CanonicalExamples.SIGN_IN)),
                                @Content(
                                        mediaType = "application/x-ndjson",
                                        examples =
                                                @ExampleObject(
                                                        name = "ndjson",
                                                        value = CanonicalExamples.SIGN_IN_NDJSON))
                            }))
    @ApiResponse(responseCode = "200", description = "Batch committed; per-record results")
    @ApiResponse(responseCode = "400", description = "Body is not JSON", content = @Content)
    @ApiResponse(responseCode = "413", description = "Body or batch over the configured cap", content = @Content)
    @ApiResponse(responseCode = "415", description = "Unsupported Content-Type or Content-Encoding", content = @Content)
    @ApiResponse(responseCode = "422", description = "Every record in the batch was rejected", content = @Content)
    @ApiResponse(
            responseCode = "503",
            description = "Ingest saturated or database unavailable; retry after Retry-After seconds",
            content = @Content)
    ResponseEntity<IngestResult> signIns(HttpServletRequest request) throws IOException {
        return ingest(parsers.canonicalSignIns(), request);
    }

    @PostMapping("/events/audit")
    @Operation(
            summary = "Ingest canonical audit records",
            description =
                    "Required: occurredAt, user, action. Optional: eventId, ip, userAgent, sessionId, accessKeyId,"
                            + " service, target (string or array), outcome (default SUCCESS), failureReason, mfa, source.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples =
                                                    @ExampleObject(name = "audit", value = CanonicalExamples.AUDIT))))
    @ApiResponse(responseCode = "200", description = "Batch committed; per-record results")
    @ApiResponse(
            responseCode = "503",
            description = "Ingest saturated or database unavailable; retry after Retry-After seconds",
            content = @Content)
    ResponseEntity<IngestResult> audit(HttpServletRequest request) throws IOException {
        return ingest(parsers.canonicalAudit(), request);
    }

    @PostMapping("/sources/{source}/events")
    @Operation(
            summary = "Ingest a vendor's native records and envelopes",
            description = "source: okta, entra, aws-cloudtrail, google-workspace, gcp-audit or ocsf. Bodies are"
                    + " accepted exactly as the vendor or shipper delivers them: Okta Event Hook bodies and System Log"
                    + " pages; Azure diagnostic exports {\"records\":[...]}; CloudTrail files {\"Records\":[...]} and"
                    + " EventBridge events; Workspace Reports API pages; GCP LogEntries and Pub/Sub push; OCSF 3002/6003"
                    + " rows. Also a bare record, an array, NDJSON or concatenated JSON, optionally gzip.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = {
                                                @ExampleObject(
                                                        name = "okta",
                                                        summary = "Okta Event Hook",
                                                        value = VendorExamples.OKTA),
                                                @ExampleObject(
                                                        name = "entra",
                                                        summary = "Entra ID sign-in logs (Event Hub)",
                                                        value = VendorExamples.ENTRA),
                                                @ExampleObject(
                                                        name = "aws-cloudtrail",
                                                        summary = "CloudTrail log file",
                                                        value = VendorExamples.CLOUDTRAIL),
                                                @ExampleObject(
                                                        name = "google-workspace",
                                                        summary = "Workspace Reports API page",
                                                        value = VendorExamples.WORKSPACE),
                                                @ExampleObject(
                                                        name = "gcp-audit",
                                                        summary = "GCP audit log via Pub/Sub push",
                                                        value = VendorExamples.GCP),
                                                @ExampleObject(
                                                        name = "ocsf",
                                                        summary = "OCSF 3002 (Security Lake)",
                                                        value = VendorExamples.OCSF)
                                            })))
    @ApiResponse(responseCode = "200", description = "Batch committed; per-record results")
    @ApiResponse(
            responseCode = "503",
            description = "Ingest saturated or database unavailable; retry after Retry-After seconds",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "Unknown source", content = @Content)
    ResponseEntity<IngestResult> vendor(
            @Parameter(example = "okta") @PathVariable String source, HttpServletRequest request) throws IOException {
        return ingest(parsers.vendor(source.toLowerCase(Locale.ROOT)), request);
    }

    @GetMapping("/sources/okta/events")
    @Operation(summary = "Okta Event Hook one-time verification")
    Map<String, String> oktaVerification(
            @RequestHeader(name = "X-Okta-Verification-Challenge", required = false) String challenge) {
        if (challenge == null || challenge.isBlank()) {
            throw new IngestException(
                    HttpStatus.BAD_REQUEST,
                    "missing-verification-challenge",
                    "Missing verification challenge",
                    "Okta verification requests carry the header X-Okta-Verification-Challenge");
        }
        return Map.of("verification", challenge);
    }

    private ResponseEntity<IngestResult> ingest(SourceParser parser, HttpServletRequest request) throws IOException {
        checkContentType(request.getContentType());
        return limiter.inSlot(() -> ingestInSlot(parser, request));
    }

    private ResponseEntity<IngestResult> ingestInSlot(SourceParser parser, HttpServletRequest request)
            throws IOException {
        byte[] body = reader.read(
                request.getInputStream(), request.getHeader("Content-Encoding"), request.getContentLengthLong());
        IngestResult result = ingest.ingest(parser, body, properties.maxRecords());
        if (!result.rejected().isEmpty() && result.accepted() + result.duplicates() + result.skipped() == 0) {
            throw new BatchRejectedException(result);
        }
        return ResponseEntity.ok(result);
    }

    private static void checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!JSON_TYPES.contains(mediaType) && !mediaType.endsWith("+json")) {
            throw IngestException.unsupportedMediaType(
                    "Content-Type '" + mediaType + "' is not supported; send application/json or application/x-ndjson");
        }
    }
}
