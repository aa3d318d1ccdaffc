package io.loginwatch.detection;

import java.time.Instant;

/**
 * The outcome of one engine run.
 *
 * @param ran false when another instance held the engine lock and this run did nothing
 * @param scored sign-ins scored in this run
 * @param findings findings raised in this run
 */
public record EngineRun(boolean ran, long scored, long findings, int batches, Instant startedAt, Instant finishedAt) {}
