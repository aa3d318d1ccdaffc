/**
 * Labelled scenario generator and quality/throughput report: weeks of realistic sign-ins with benign noise and planted
 * attacks, replayed through the HTTP API to measure recall and false positives. Test scope only; never shipped.
 */
@NullMarked
package io.loginwatch.scenario;

import org.jspecify.annotations.NullMarked;
