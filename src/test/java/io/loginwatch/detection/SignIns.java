package io.loginwatch.detection;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.PrincipalType;
import io.loginwatch.shared.SignIn;
import io.loginwatch.shared.SignInKind;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Object mother for sign-ins: a typical Seattle office worker's successful console login, and places to vary it. */
public final class SignIns {

    /** A Monday, 16:00 UTC (09:00 in Seattle). */
    public static final Instant T0 = Instant.parse("2025-03-03T16:00:00Z");

    public static final Geo SEATTLE = geo("US", "Seattle", 47.6062, -122.3321, 20);
    public static final Geo TACOMA = geo("US", "Tacoma", 47.2529, -122.4443, 20);
    public static final Geo SAN_FRANCISCO = geo("US", "San Francisco", 37.7749, -122.4194, 20);
    public static final Geo NEW_YORK = geo("US", "New York", 40.7128, -74.0060, 20);
    public static final Geo SAO_PAULO = geo("BR", "Sao Paulo", -23.5505, -46.6333, 20);
    public static final Geo LONDON = geo("GB", "London", 51.5074, -0.1278, 20);
    public static final Geo BERLIN = geo("DE", "Berlin", 52.5200, 13.4050, 20);
    public static final Geo LAGOS = geo("NG", "Lagos", 6.5244, 3.3792, 20);
    public static final Geo VANCOUVER = geo("CA", "Vancouver", 49.2827, -123.1207, 20);
    /** The corporate VPN egress, an operator-defined trusted network in Frankfurt. */
    public static final Geo CORP_VPN =
            new Geo("DE", null, "Frankfurt", 50.1109, 8.6821, null, GeoSource.NAMED_NETWORK, "corp-vpn", true);

    public static final Network COMCAST = network(7922, "Comcast");
    public static final Network TMOBILE = network(21928, "T-Mobile USA");
    public static final Network VIVO = network(26599, "Telefonica Brasil");
    public static final Network HOSTILE = network(64500, "Bulletproof Hosting");
    public static final Network TOR = new Network(64501L, "Tor exit", true, false, false, false, GeoSource.GEOIP);
    public static final Network NORDVPN = new Network(64502L, "NordVPN", false, true, true, false, GeoSource.GEOIP);

    public static final Device LAPTOP = new Device("Mozilla/5.0 Chrome", null, "Windows", "Chrome", "desktop", true);
    public static final Device PHONE =
            new Device("Mozilla/5.0 Mobile Safari", null, "iOS", "Mobile Safari", "mobile", true);
    public static final Device KALI = new Device("Mozilla/5.0 Firefox", null, "Linux", "Firefox", "desktop", false);

    private static final AtomicLong IDS = new AtomicLong();

    private SignIns() {}

    public static Geo geo(String country, String city, double lat, double lon, Integer accuracyKm) {
        return new Geo(country, null, city, lat, lon, accuracyKm, GeoSource.GEOIP, null, false);
    }

    public static Network network(long asn, String org) {
        return new Network(asn, org, false, false, false, false, GeoSource.GEOIP);
    }

    /** A successful console login by the user at the instant, from Seattle on Comcast with the laptop and MFA. */
    public static SignIn.Builder login(String user, Instant at) {
        return SignIn.builder()
                .source("test")
                .sourceEventId("e" + IDS.incrementAndGet())
                .occurredAt(at)
                .user(Principal.of(user))
                .kind(SignInKind.LOGIN)
                .outcome(Outcome.SUCCESS)
                .mfa(true)
                .ip("203.0.113.10")
                .geo(SEATTLE)
                .network(COMCAST)
                .device(LAPTOP)
                .application("AWS Console")
                .accessPath(AccessPath.CONSOLE)
                .interactive(true);
    }

    public static SignIn.Builder failure(String user, Instant at) {
        return login(user, at).outcome(Outcome.FAILURE).failureReason("INVALID_CREDENTIALS");
    }

    public static SignIn.Builder mfaPrompt(String user, Instant at, Outcome outcome) {
        return login(user, at).kind(SignInKind.MFA).outcome(outcome);
    }

    public static Principal principal(String user, PrincipalType type) {
        return new Principal(user, null, null, type);
    }

    public static Instant at(Duration afterT0) {
        return T0.plus(afterT0);
    }
}
