/**
 * Google Workspace Admin SDK Reports API activities to sign-ins ({@code login} and {@code saml} applications) and
 * audit events (admin, token, drive and every other application); one canonical record per event of an activity.
 */
@NullMarked
package io.loginwatch.source.workspace;

import org.jspecify.annotations.NullMarked;
