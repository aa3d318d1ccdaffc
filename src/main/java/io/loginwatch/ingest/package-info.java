/**
 * HTTP ingest: decodes bodies (JSON object, array, NDJSON, concatenated JSON, gzip), hands each record to its source
 * parser, enriches and stores the batch, and reports accepted / duplicate / skipped / rejected records by index.
 */
@NullMarked
package io.loginwatch.ingest;

import org.jspecify.annotations.NullMarked;
