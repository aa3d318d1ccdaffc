/** Okta System Log events (Event Hook deliveries and System Log API pages) to canonical sign-ins and audit events. */
@NullMarked
package io.loginwatch.source.okta;

import org.jspecify.annotations.NullMarked;
