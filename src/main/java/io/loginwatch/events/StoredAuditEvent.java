package io.loginwatch.events;

import io.loginwatch.shared.AuditEvent;
import java.time.Instant;

/** An audit event as stored, with its row id and arrival time. */
public record StoredAuditEvent(long id, AuditEvent event, Instant receivedAt) {}
