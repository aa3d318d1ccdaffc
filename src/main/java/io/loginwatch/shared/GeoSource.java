package io.loginwatch.shared;

/** Where a location came from, in order of precedence. */
public enum GeoSource {
    NAMED_NETWORK,
    SOURCE,
    GEOIP,
    UNKNOWN
}
