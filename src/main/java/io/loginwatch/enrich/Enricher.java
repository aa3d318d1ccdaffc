package io.loginwatch.enrich;

import io.loginwatch.shared.AccessPath;
import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.Device;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Network;
import io.loginwatch.shared.SignIn;
import java.net.InetAddress;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The enrichment step every sign-in and audit event passes through before it is stored.
 *
 * <h2>Location ({@link Geo}), by precedence, recorded in {@link Geo#source()}</h2>
 *
 * <ol>
 *   <li>{@link GeoSource#NAMED_NETWORK}: the IP is in a named network that has a location (country, city or
 *       coordinates): the network's location replaces everything else.
 *   <li>{@link GeoSource#SOURCE}: the location the source supplied (Okta, Entra) is kept as it is.
 *   <li>{@link GeoSource#GEOIP}: the City database, for public addresses only (never for private, loopback,
 *       link-local, CGNAT, multicast or documentation ranges).
 *   <li>{@link GeoSource#UNKNOWN}.
 * </ol>
 *
 * Whenever the IP is in a named network, {@link Geo#networkName()} and {@link Geo#trusted()} are set from it, whatever
 * the location came from. A location with any other source on the incoming event (from an earlier enrichment) is
 * recomputed, so enriching twice gives the same answer as once.
 *
 * <h2>Network ({@link Network})</h2>
 *
 * ASN and organization: the source's when it gave either, else the ASN database's. Anonymizer flags: the source's,
 * plus those of the Anonymous IP database and of the operator's anonymizer lists (a flag is only ever added). A
 * trusted named network clears the flags: the operator vouches for it. {@link Network#source()} says who decided:
 * {@code NAMED_NETWORK} for a trusted named network, else {@code SOURCE} when the source supplied network facts, else
 * {@code GEOIP} when the databases or lists contributed (the lists count as Loginwatch's own data), else
 * {@code UNKNOWN}.
 *
 * <h2>Device and access path (sign-ins)</h2>
 *
 * The user agent is analyzed by {@link UserAgentAnalyzer}; the device's browser, OS and device type are filled from it
 * where the source left them empty. The access path the source gave is kept unless it is {@code UNKNOWN}, in which
 * case the one read from the user agent (else from the protocol name) is used — except that a
 * {@code LEGACY_PROTOCOL} read from the user agent or the protocol always wins, because it means no MFA was possible.
 *
 * <p>Thread-safe; the data behind it can be reloaded while it runs ({@link #reloadIfChanged()}).
 */
public final class Enricher {

    private final GeoIpDatabases geoIp;
    private final NamedNetworks namedNetworks;
    private final AnonymizerLists anonymizerLists;
    private final UserAgentAnalyzer userAgents;

    public Enricher(
            GeoIpDatabases geoIp,
            NamedNetworks namedNetworks,
            AnonymizerLists anonymizerLists,
            UserAgentAnalyzer userAgents) {
        this.geoIp = Objects.requireNonNull(geoIp, "geoIp");
        this.namedNetworks = Objects.requireNonNull(namedNetworks, "namedNetworks");
        this.anonymizerLists = Objects.requireNonNull(anonymizerLists, "anonymizerLists");
        this.userAgents = Objects.requireNonNull(userAgents, "userAgents");
    }

    public SignIn enrich(SignIn signIn) {
        Placement placement = place(signIn.ip(), signIn.geo(), signIn.network());
        Device device = signIn.device();
        UserAgentInfo agent = userAgents.analyze(device.userAgent());
        Device enrichedDevice = new Device(
                device.userAgent(),
                device.deviceId(),
                device.os() != null ? device.os() : agent.os(),
                device.browser() != null ? device.browser() : agent.browser(),
                device.deviceType() != null ? device.deviceType() : agent.deviceType(),
                device.managed());
        AccessPath accessPath = accessPath(signIn.accessPath(), agent.accessPath(), signIn.protocol());
        return signIn.toBuilder()
                .geo(placement.geo())
                .network(placement.network())
                .device(enrichedDevice)
                .accessPath(accessPath)
                .build();
    }

    public AuditEvent enrich(AuditEvent event) {
        Placement placement = place(event.ip(), event.geo(), event.network());
        return event.toBuilder()
                .geo(placement.geo())
                .network(placement.network())
                .build();
    }

    /** Reloads every data file that changed: GeoIP databases, the named-network file, the anonymizer lists. */
    public ReloadReport reloadIfChanged() {
        return geoIp.reloadIfChanged().plus(namedNetworks.reloadIfChanged()).plus(anonymizerLists.reloadIfChanged());
    }

    private record Placement(Geo geo, Network network) {}

    private Placement place(@Nullable String ip, Geo given, Network givenNetwork) {
        InetAddress address = IpAddresses.parse(ip);
        NamedNetwork named = address == null ? null : namedNetworks.match(address);
        return new Placement(geo(address, named, given), network(address, named, givenNetwork));
    }

    private Geo geo(@Nullable InetAddress address, @Nullable NamedNetwork named, Geo given) {
        if (named != null && named.hasLocation()) {
            return named.toGeo();
        }
        Geo base;
        if (given.source() == GeoSource.SOURCE) {
            base = given;
        } else {
            Geo fromDatabase = address == null ? null : geoIp.city(address);
            base = fromDatabase == null ? Geo.UNKNOWN : fromDatabase;
        }
        if (named == null) {
            return base;
        }
        return new Geo(
                base.country(),
                base.region(),
                base.city(),
                base.latitude(),
                base.longitude(),
                base.accuracyKm(),
                base.source(),
                named.name(),
                named.trusted());
    }

    private Network network(@Nullable InetAddress address, @Nullable NamedNetwork named, Network given) {
        boolean fromSource = given.source() == GeoSource.SOURCE;
        Long asn = fromSource ? given.asn() : null;
        String asOrg = fromSource ? given.asOrg() : null;
        AnonymizerFlags flags = fromSource
                ? new AnonymizerFlags(given.tor(), given.vpn(), given.hosting(), given.proxy())
                : AnonymizerFlags.NONE;
        GeoSource source = fromSource ? GeoSource.SOURCE : GeoSource.UNKNOWN;
        if (address != null) {
            if (asn == null && asOrg == null) {
                GeoIpDatabases.Asn found = geoIp.asn(address);
                if (found != null) {
                    asn = found.number();
                    asOrg = found.organization();
                    source = fromSource ? source : GeoSource.GEOIP;
                }
            }
            AnonymizerFlags looked = geoIp.anonymousIp(address).or(anonymizerLists.lookup(address));
            if (looked.any()) {
                flags = flags.or(looked);
                source = fromSource ? source : GeoSource.GEOIP;
            }
        }
        if (named != null && named.trusted()) {
            flags = AnonymizerFlags.NONE;
            source = GeoSource.NAMED_NETWORK;
        }
        if (source == GeoSource.UNKNOWN && asn == null && asOrg == null && !flags.any()) {
            return Network.UNKNOWN;
        }
        return new Network(asn, asOrg, flags.tor(), flags.vpn(), flags.hosting(), flags.proxy(), source);
    }

    private AccessPath accessPath(AccessPath given, AccessPath fromAgent, @Nullable String protocol) {
        AccessPath fromProtocol = userAgents.accessPathOfProtocol(protocol);
        if (fromAgent == AccessPath.LEGACY_PROTOCOL || fromProtocol == AccessPath.LEGACY_PROTOCOL) {
            return AccessPath.LEGACY_PROTOCOL;
        }
        if (given != AccessPath.UNKNOWN) {
            return given;
        }
        return fromAgent != AccessPath.UNKNOWN ? fromAgent : fromProtocol;
    }
}
