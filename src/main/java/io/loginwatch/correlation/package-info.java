/**
 * Correlation: links audit events to the login whose session performed them (session, access key, user and IP,
 * federated IdP-to-AWS chains), escalates that login's finding when sensitive actions follow, and raises
 * FIRST_SENSITIVE_ACTION for a user's first action of a sensitive category. Domain rules are plain classes
 * ({@link io.loginwatch.correlation.LinkRules}, {@link io.loginwatch.correlation.Escalation},
 * {@link io.loginwatch.correlation.FirstActions}); the engine drives it through
 * {@link io.loginwatch.detection.EngineStep}. Uses events, detection's signal vocabulary and enrich's audit catalog;
 * escalates rows of the {@code finding} table in place (one finding per suspicious login).
 */
@NullMarked
package io.loginwatch.correlation;

import org.jspecify.annotations.NullMarked;
