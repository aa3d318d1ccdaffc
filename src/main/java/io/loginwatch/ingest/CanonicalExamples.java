package io.loginwatch.ingest;

/** Example bodies shown in the OpenAPI document. */
final class CanonicalExamples {

    static final String SIGN_IN = """
            {"eventId": "evt-1", "occurredAt": "2025-03-04T17:10:03Z", "user": "alice@example.com",
             "outcome": "SUCCESS", "ip": "198.51.100.23", "userAgent": "Mozilla/5.0 (Macintosh)",
             "deviceId": "mac-alice", "country": "US", "city": "Seattle", "latitude": 47.61, "longitude": -122.33,
             "asn": 64496, "asOrg": "Example ISP", "application": "AWS Console", "mfa": true,
             "sessionId": "s-123", "accessPath": "CONSOLE"}
            """;

    static final String SIGN_IN_NDJSON = """
            {"eventId": "evt-1", "occurredAt": "2025-03-04T17:10:03Z", "user": "alice@example.com", "outcome": "SUCCESS"}
            {"eventId": "evt-2", "occurredAt": "2025-03-04T17:12:00Z", "user": "bob@example.com", "outcome": "FAILURE"}
            """;

    static final String AUDIT = """
            {"eventId": "a-1", "occurredAt": "2025-03-04T17:15:00Z", "user": "alice@example.com",
             "ip": "198.51.100.23", "sessionId": "s-123", "service": "iam.amazonaws.com",
             "action": "CreateAccessKey", "target": ["svc-deploy"], "outcome": "SUCCESS"}
            """;

    private CanonicalExamples() {}
}
