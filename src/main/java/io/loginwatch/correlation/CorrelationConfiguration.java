package io.loginwatch.correlation;

import io.loginwatch.enrich.AuditCatalog;
import io.loginwatch.events.PendingAuditEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorrelationProperties.class)
class CorrelationConfiguration {

    /** The engine runs it after scoring; the audit catalog bean when there is one, else the built-in table. */
    @Bean
    CorrelationService correlationService(
            PendingAuditEvents pending,
            CorrelationRepository repository,
            ObjectProvider<AuditCatalog> catalog,
            CorrelationProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry metrics,
            Clock clock) {
        return new CorrelationService(
                pending, repository, catalog.getIfAvailable(AuditCatalog::builtIn), properties, events, metrics, clock);
    }
}
