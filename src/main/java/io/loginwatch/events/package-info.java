/** Canonical events at rest: idempotent bulk storage of sign-ins and audit events, the engine's work queues, timelines. */
@NullMarked
package io.loginwatch.events;

import org.jspecify.annotations.NullMarked;
