package io.loginwatch.enrich;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the enrichment beans from {@link EnrichProperties}. Opening the configured files happens here, so a missing
 * or corrupt file fails start-up with a message naming it. {@link EnrichmentReloader} calls
 * {@link Enricher#reloadIfChanged()} every {@code loginwatch.enrich.reload-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EnrichProperties.class, IdentityProperties.class})
class EnrichmentConfiguration {

    @Bean(destroyMethod = "close")
    GeoIpDatabases geoIpDatabases(EnrichProperties properties) {
        EnrichProperties.GeoIp geoip = properties.geoip();
        return GeoIpDatabases.open(geoip.city(), geoip.asn(), geoip.anonymousIp());
    }

    @Bean
    NamedNetworks namedNetworks(EnrichProperties properties) {
        return properties.namedNetworks() == null
                ? NamedNetworks.empty()
                : NamedNetworks.load(properties.namedNetworks());
    }

    @Bean
    AnonymizerLists anonymizerLists(EnrichProperties properties) {
        return AnonymizerLists.load(properties.anonymizerLists());
    }

    @Bean
    UserAgentAnalyzer userAgentAnalyzer() {
        UserAgentAnalyzer.warmUp();
        return new UserAgentAnalyzer();
    }

    @Bean
    IdentityResolver identityResolver(IdentityProperties properties) {
        return new IdentityResolver(properties);
    }

    @Bean
    AuditCatalog auditCatalog(EnrichProperties properties) {
        return properties.auditActions() == null
                ? AuditCatalog.builtIn()
                : AuditCatalog.load(properties.auditActions());
    }

    @Bean
    Enrichment enrichment(IdentityResolver identities, Enricher enricher, AuditCatalog catalog) {
        return new Enrichment(identities, enricher, catalog);
    }

    @Bean
    Enricher enricher(
            GeoIpDatabases geoIpDatabases,
            NamedNetworks namedNetworks,
            AnonymizerLists anonymizerLists,
            UserAgentAnalyzer userAgentAnalyzer) {
        return new Enricher(geoIpDatabases, namedNetworks, anonymizerLists, userAgentAnalyzer);
    }
}
