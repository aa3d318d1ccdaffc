package io.loginwatch.ingest;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;

/** The enrichment step every record passes through before it is stored. */
interface EventEnrichment {

    SignIn enrich(SignIn signIn);

    AuditEvent enrich(AuditEvent event);
}
