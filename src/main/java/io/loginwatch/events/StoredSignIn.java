package io.loginwatch.events;

import io.loginwatch.shared.SignIn;
import java.time.Instant;

/** A sign-in as stored, with its row id and arrival time. */
public record StoredSignIn(long id, SignIn signIn, Instant receivedAt) {}
