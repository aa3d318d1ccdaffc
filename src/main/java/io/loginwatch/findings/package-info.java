/** Findings: one per suspicious sign-in, with its signals, score, linked audit events, triage and the REST API. */
@NullMarked
package io.loginwatch.findings;

import org.jspecify.annotations.NullMarked;
