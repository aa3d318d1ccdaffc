/** Cross-cutting HTTP concerns: framework errors (unreadable bodies, invalid parameters) as precise RFC 9457 problems. */
@NullMarked
package io.loginwatch.web;

import org.jspecify.annotations.NullMarked;
