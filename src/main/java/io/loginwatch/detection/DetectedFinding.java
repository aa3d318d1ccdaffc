package io.loginwatch.detection;

import io.loginwatch.events.StoredSignIn;

/** A sign-in the engine judged suspicious, with its verdict. */
public record DetectedFinding(StoredSignIn signIn, Assessment assessment) {}
