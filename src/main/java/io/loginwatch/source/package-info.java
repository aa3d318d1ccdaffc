/**
 * Vendor records to canonical events: one sub-package per source, each a {@link io.loginwatch.source.SourceParser}
 * that unwraps the vendor's delivery envelopes and maps its fields (as data) onto {@link io.loginwatch.shared.SignIn}
 * and {@link io.loginwatch.shared.AuditEvent}. Pure functions: no Spring, no I/O.
 */
@NullMarked
package io.loginwatch.source;

import org.jspecify.annotations.NullMarked;
