/** GCP Cloud Audit Logs LogEntries, bare or inside a Pub/Sub push, to audit events. */
@NullMarked
package io.loginwatch.source.gcp;

import org.jspecify.annotations.NullMarked;
