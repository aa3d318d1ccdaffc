package io.loginwatch.source;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;

/** What one vendor record turned out to be. */
public sealed interface ParsedRecord {

    record SignInRecord(SignIn signIn) implements ParsedRecord {}

    record AuditRecord(AuditEvent event) implements ParsedRecord {}

    /** Accepted but meaningless for detection (housekeeping events); counted, not stored. */
    record Skipped(String reason) implements ParsedRecord {}

    static ParsedRecord of(SignIn signIn) {
        return new SignInRecord(signIn);
    }

    static ParsedRecord of(AuditEvent event) {
        return new AuditRecord(event);
    }

    static ParsedRecord skipped(String reason) {
        return new Skipped(reason);
    }
}
