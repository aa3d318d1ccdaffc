/** Per-user behavioural baselines: what is normal for each user, learned from successful sign-ins, bounded and aging. */
@NullMarked
package io.loginwatch.baseline;

import org.jspecify.annotations.NullMarked;
