/** Per-user behavioural baselines and the organization profile: what is normal, learned from sign-ins, bounded, aging, persisted as JSON. */
@NullMarked
package io.loginwatch.baseline;

import org.jspecify.annotations.NullMarked;
