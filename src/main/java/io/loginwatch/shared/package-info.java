/** Tiny value types every module speaks: the canonical {@link io.loginwatch.shared.SignIn} and {@link io.loginwatch.shared.AuditEvent}, outcomes, severities. */
@NullMarked
package io.loginwatch.shared;

import org.jspecify.annotations.NullMarked;
