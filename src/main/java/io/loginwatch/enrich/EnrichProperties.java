package io.loginwatch.enrich;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Enrichment data files ({@code loginwatch.enrich.*}). Every file is optional; a configured file that is missing or
 * malformed stops start-up with an error naming it.
 *
 * <ul>
 *   <li>{@code loginwatch.enrich.geoip.city} — MaxMind-format City database (GeoLite2/GeoIP2 City, or compatible);
 *       default none (no GeoIP location)
 *   <li>{@code loginwatch.enrich.geoip.asn} — MaxMind-format ASN database (GeoLite2 ASN); default none
 *   <li>{@code loginwatch.enrich.geoip.anonymous-ip} — GeoIP2 Anonymous IP database; default none
 *   <li>{@code loginwatch.enrich.named-networks} — operator's named networks, a {@code .csv} (header
 *       {@code cidr,name,city,country,latitude,longitude,trusted}) or {@code .yaml}/{@code .yml} file; default none
 *   <li>{@code loginwatch.enrich.anonymizer-lists} — files of {@code cidr[,flag]} lines, flag {@code tor},
 *       {@code vpn}, {@code hosting} or {@code proxy} (else named by the file name, e.g. {@code tor-exits.txt}),
 *       {@code #} comments; default none
 *   <li>{@code loginwatch.enrich.audit-actions} — an extra audit-action table ({@code source,action,category,
 *       sensitive,note} CSV) whose rows take precedence over the built-in {@code loginwatch/audit-actions.csv};
 *       default none
 *   <li>{@code loginwatch.enrich.reload-interval} — how often the files are checked for changes and re-read when
 *       their modification time or size changed; default {@code 60s}, at least {@code 1s}
 * </ul>
 *
 * @param geoip the MaxMind-format databases
 * @param namedNetworks the named-network file, or null
 * @param anonymizerLists the anonymizer list files, empty for none
 * @param auditActions operator rows for the audit-action table, or null
 * @param reloadInterval period of the reload check (default 60s)
 */
@Validated
@ConfigurationProperties("loginwatch.enrich")
public record EnrichProperties(
        @DefaultValue @Valid GeoIp geoip,
        @Nullable Path namedNetworks,
        List<Path> anonymizerLists,
        @Nullable Path auditActions,

        @DefaultValue("60s") @NotNull @DurationMin(seconds = 1)
        Duration reloadInterval) {

    /**
     * The MaxMind-format databases; each null when not configured.
     *
     * @param city {@code loginwatch.enrich.geoip.city}
     * @param asn {@code loginwatch.enrich.geoip.asn}
     * @param anonymousIp {@code loginwatch.enrich.geoip.anonymous-ip}
     */
    public record GeoIp(
            @Nullable Path city,
            @Nullable Path asn,
            @Nullable Path anonymousIp) {

        public static final GeoIp NONE = new GeoIp(null, null, null);
    }

    @SuppressWarnings("ConstantConditions")
    public EnrichProperties {
        geoip = geoip == null ? GeoIp.NONE : geoip;
        anonymizerLists = anonymizerLists == null ? List.of() : List.copyOf(anonymizerLists);
        reloadInterval = reloadInterval == null ? Duration.ofSeconds(60) : reloadInterval;
    }

    /** Nothing configured: no databases, no files, 60 s reload interval. */
    public static EnrichProperties defaults() {
        return new EnrichProperties(GeoIp.NONE, null, List.of(), null, Duration.ofSeconds(60));
    }
}
