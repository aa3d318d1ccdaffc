package io.loginwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.loginwatch.shared.GeoSource;
import io.loginwatch.shared.Outcome;
import io.loginwatch.shared.Principal;
import io.loginwatch.shared.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code loginwatch.enrich.*} properties and the beans built from them, in a minimal Spring context. */
class EnrichmentConfigurationIntegrationTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(EnrichmentConfiguration.class);

    @Test
    void defaultsConfigureNoFilesAndASixtySecondReloadInterval() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            EnrichProperties properties = ctx.getBean(EnrichProperties.class);
            assertThat(properties).isEqualTo(EnrichProperties.defaults());
            assertThat(properties.reloadInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(ctx.getBean(GeoIpDatabases.class).hasCity()).isFalse();
            assertThat(ctx.getBean(NamedNetworks.class).size()).isZero();
            assertThat(ctx.getBean(AnonymizerLists.class).size()).isZero();
            assertThat(ctx).hasSingleBean(Enricher.class);
        });
    }

    @Test
    void bindsEveryPropertyAndBuildsAWorkingEnricher(@TempDir Path dir) throws IOException {
        Path named = Files.writeString(dir.resolve("networks.yaml"), "- {cidr: 10.0.0.0/8, name: LAN}\n");
        Path tor = Files.writeString(dir.resolve("tor-exits.txt"), "185.220.101.1\n");
        Path vpn = Files.writeString(dir.resolve("vpn.txt"), "198.51.100.0/24\n");

        context.withPropertyValues(
                        "loginwatch.enrich.geoip.city=" + TestDatabases.city(),
                        "loginwatch.enrich.geoip.asn=" + TestDatabases.asn(),
                        "loginwatch.enrich.geoip.anonymous-ip=" + TestDatabases.anonymousIp(),
                        "loginwatch.enrich.named-networks=" + named,
                        "loginwatch.enrich.anonymizer-lists=" + tor + "," + vpn,
                        "loginwatch.enrich.reload-interval=5m")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    EnrichProperties properties = ctx.getBean(EnrichProperties.class);
                    assertThat(properties.geoip())
                            .isEqualTo(new EnrichProperties.GeoIp(
                                    TestDatabases.city(), TestDatabases.asn(), TestDatabases.anonymousIp()));
                    assertThat(properties.namedNetworks()).isEqualTo(named);
                    assertThat(properties.anonymizerLists()).containsExactly(tor, vpn);
                    assertThat(properties.reloadInterval()).isEqualTo(Duration.ofMinutes(5));

                    SignIn enriched = ctx.getBean(Enricher.class)
                            .enrich(SignIn.builder()
                                    .source("canonical")
                                    .sourceEventId("1")
                                    .occurredAt(Instant.parse("2025-03-01T10:00:00Z"))
                                    .user(Principal.of("bob@example.com"))
                                    .outcome(Outcome.SUCCESS)
                                    .ip("89.160.20.112")
                                    .build());
                    assertThat(enriched.geo().country()).isEqualTo("SE");
                    assertThat(enriched.geo().source()).isEqualTo(GeoSource.GEOIP);
                    assertThat(enriched.network().asn()).isEqualTo(29518L);
                    assertThat(ctx.getBean(NamedNetworks.class).all())
                            .containsExactly(NamedNetwork.of("10.0.0.0/8", "LAN"));
                    assertThat(ctx.getBean(AnonymizerLists.class).size()).isEqualTo(2);
                });
    }

    @Test
    void aMissingDatabaseFailsStartUpNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("GeoLite2-City.mmdb");

        context.withPropertyValues("loginwatch.enrich.geoip.city=" + missing)
                .run(ctx -> assertThat(ctx)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(EnrichmentDataException.class)
                        .hasMessageContaining(missing.toString()));
    }

    @Test
    void aReloadIntervalUnderOneSecondIsRejected() {
        context.withPropertyValues("loginwatch.enrich.reload-interval=0s")
                .run(ctx -> assertThat(ctx)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(BindValidationException.class)
                        .hasMessageContaining("reloadInterval")
                        .hasMessageContaining("must be longer than or equal to 1 second"));
    }

    @Test
    void anonymizerListsDefaultToNone() {
        assertThat(new EnrichProperties(null, null, null, null, null).anonymizerLists())
                .isEqualTo(List.of());
    }
}
