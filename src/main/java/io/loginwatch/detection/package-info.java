/** The behavioural engine: scores each new sign-in against its user's baseline, in order, with a durable cursor. */
@NullMarked
package io.loginwatch.detection;

import org.jspecify.annotations.NullMarked;
