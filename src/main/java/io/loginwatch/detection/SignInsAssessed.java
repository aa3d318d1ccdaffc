package io.loginwatch.detection;

import java.util.List;

/**
 * Published inside the engine's batch transaction: listeners persist the findings atomically with the cursor move,
 * so a crash never loses nor duplicates a finding.
 */
public record SignInsAssessed(List<DetectedFinding> findings) {}
