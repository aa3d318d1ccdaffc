/**
 * Enrichment of every canonical event before it is stored: GeoIP and ASN, anonymizer flags, named networks, user agent
 * to device and access path, audit-action categories and identity resolution, with the precedence of each fact
 * recorded on the event. Plain classes; {@link io.loginwatch.enrich.Enricher} is the entry point.
 */
@NullMarked
package io.loginwatch.enrich;

import org.jspecify.annotations.NullMarked;
