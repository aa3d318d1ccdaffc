package io.loginwatch.enrich;

import com.maxmind.geoip2.model.AnonymousIpResponse;
import com.maxmind.geoip2.model.AsnResponse;
import com.maxmind.geoip2.model.CityResponse;
import io.loginwatch.shared.Geo;
import io.loginwatch.shared.GeoSource;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The configured MaxMind-format databases (GeoLite2/GeoIP2 City, ASN, Anonymous IP, or the same format from another
 * vendor), each optional, each reloadable (see {@link #reloadIfChanged()}).
 *
 * <p>Only public addresses are looked up: private, loopback, link-local, CGNAT, multicast, documentation and other
 * special-purpose addresses ({@link IpAddresses#isPublic}) get no answer, whatever a database might hold for them.
 */
public final class GeoIpDatabases implements AutoCloseable {

    /** An autonomous system. */
    public record Asn(@Nullable Long number, @Nullable String organization) {}

    private final @Nullable MaxMindDatabase city;
    private final @Nullable MaxMindDatabase asn;
    private final @Nullable MaxMindDatabase anonymousIp;

    private GeoIpDatabases(
            @Nullable MaxMindDatabase city, @Nullable MaxMindDatabase asn, @Nullable MaxMindDatabase anonymousIp) {
        this.city = city;
        this.asn = asn;
        this.anonymousIp = anonymousIp;
    }

    /** No databases: every lookup answers nothing. */
    public static GeoIpDatabases none() {
        return new GeoIpDatabases(null, null, null);
    }

    /**
     * Opens each configured database (a null path means not configured).
     *
     * @throws EnrichmentDataException naming the path of a database that is missing, corrupt or of the wrong type
     */
    public static GeoIpDatabases open(@Nullable Path city, @Nullable Path asn, @Nullable Path anonymousIp) {
        List<MaxMindDatabase> opened = new ArrayList<>();
        try {
            MaxMindDatabase cityDb =
                    city == null ? null : remember(opened, MaxMindDatabase.open(MaxMindDatabase.Kind.CITY, city));
            MaxMindDatabase asnDb =
                    asn == null ? null : remember(opened, MaxMindDatabase.open(MaxMindDatabase.Kind.ASN, asn));
            MaxMindDatabase anonymousDb = anonymousIp == null
                    ? null
                    : remember(opened, MaxMindDatabase.open(MaxMindDatabase.Kind.ANONYMOUS_IP, anonymousIp));
            return new GeoIpDatabases(cityDb, asnDb, anonymousDb);
        } catch (RuntimeException e) {
            opened.forEach(MaxMindDatabase::close);
            throw e;
        }
    }

    private static MaxMindDatabase remember(List<MaxMindDatabase> opened, MaxMindDatabase database) {
        opened.add(database);
        return database;
    }

    public boolean hasCity() {
        return city != null;
    }

    public boolean hasAsn() {
        return asn != null;
    }

    public boolean hasAnonymousIp() {
        return anonymousIp != null;
    }

    /** Location from the City database (source {@link GeoSource#GEOIP}), or null when unknown or not public. */
    public @Nullable Geo city(InetAddress address) {
        MaxMindDatabase database = city;
        if (database == null || !IpAddresses.isPublic(address)) {
            return null;
        }
        return database.lookup(address, (reader, ip) -> reader.tryCity(ip), GeoIpDatabases::toGeo);
    }

    /** The autonomous system from the ASN database, or null when unknown or not public. */
    public @Nullable Asn asn(InetAddress address) {
        MaxMindDatabase database = asn;
        if (database == null || !IpAddresses.isPublic(address)) {
            return null;
        }
        return database.lookup(address, (reader, ip) -> reader.tryAsn(ip), GeoIpDatabases::toAsn);
    }

    /** Flags from the Anonymous IP database; public and residential proxies are both {@code proxy}. */
    public AnonymizerFlags anonymousIp(InetAddress address) {
        MaxMindDatabase database = anonymousIp;
        if (database == null || !IpAddresses.isPublic(address)) {
            return AnonymizerFlags.NONE;
        }
        AnonymizerFlags flags =
                database.lookup(address, (reader, ip) -> reader.tryAnonymousIp(ip), GeoIpDatabases::toFlags);
        return flags == null ? AnonymizerFlags.NONE : flags;
    }

    /**
     * Re-opens every database whose file changed (modification time, size or identity) and swaps it in atomically.
     * A changed file that is corrupt, of the wrong type or gone is reported in the result and the database in use is
     * kept.
     */
    public ReloadReport reloadIfChanged() {
        ReloadReport report = ReloadReport.NOTHING;
        for (MaxMindDatabase database : databases()) {
            report = report.plus(database.reloadIfChanged());
        }
        return report;
    }

    @Override
    public void close() {
        databases().forEach(MaxMindDatabase::close);
    }

    private List<MaxMindDatabase> databases() {
        List<MaxMindDatabase> all = new ArrayList<>(3);
        if (city != null) {
            all.add(city);
        }
        if (asn != null) {
            all.add(asn);
        }
        if (anonymousIp != null) {
            all.add(anonymousIp);
        }
        return all;
    }

    private static @Nullable Asn toAsn(AsnResponse response) {
        if (response.getAutonomousSystemNumber() == null && response.getAutonomousSystemOrganization() == null) {
            return null;
        }
        return new Asn(response.getAutonomousSystemNumber(), response.getAutonomousSystemOrganization());
    }

    private static AnonymizerFlags toFlags(AnonymousIpResponse response) {
        return new AnonymizerFlags(
                response.isTorExitNode(),
                response.isAnonymousVpn(),
                response.isHostingProvider(),
                response.isPublicProxy() || response.isResidentialProxy());
    }

    private static @Nullable Geo toGeo(CityResponse response) {
        String country = response.getCountry().getIsoCode();
        String region = response.getSubdivisions().isEmpty()
                ? null
                : response.getLeastSpecificSubdivision().getName();
        String cityName = response.getCity().getName();
        Double latitude = response.getLocation().getLatitude();
        Double longitude = response.getLocation().getLongitude();
        if (country == null && cityName == null && latitude == null) {
            return null;
        }
        return new Geo(
                country,
                region,
                cityName,
                latitude,
                longitude,
                response.getLocation().getAccuracyRadius(),
                GeoSource.GEOIP,
                null,
                false);
    }
}
