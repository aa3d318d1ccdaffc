package io.loginwatch.correlation;

import io.loginwatch.events.PendingAuditEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorrelationProperties.class)
class CorrelationConfiguration {

    /** The engine runs it after scoring, as its {@link io.loginwatch.detection.EngineStep}. */
    @Bean
    CorrelationService correlationService(
            PendingAuditEvents pending,
            CorrelationRepository repository,
            CorrelationProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry metrics,
            Clock clock) {
        return new CorrelationService(pending, repository, properties, events, metrics, clock);
    }
}
