/** Who may do what: API keys and their roles (ingest, analyst, admin), filter chain, RFC 9457 401/403 answers. */
@NullMarked
package io.loginwatch.security;

import org.jspecify.annotations.NullMarked;
