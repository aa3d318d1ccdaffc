/** One {@link io.loginwatch.detection.signals.Detector} per behavioural signal: pure checks of a sign-in against its user's baseline and the organization profile. */
@NullMarked
package io.loginwatch.detection.signals;

import org.jspecify.annotations.NullMarked;
