/**
 * The benchmark ({@code ./mvnw -B -Pbenchmark verify}): starts Loginwatch in-process against a real PostgreSQL and
 * measures HTTP ingest against raw COPY, engine throughput, findings list latency, heap and enrichment cost. Not part
 * of the normal test run.
 */
@NullMarked
package io.loginwatch.bench;

import org.jspecify.annotations.NullMarked;
