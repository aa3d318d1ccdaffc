package io.loginwatch.ingest;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;
import io.loginwatch.source.Sources;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    @Bean
    SourceParsers sourceParsers() {
        return new SourceParsers(Sources.vendors());
    }

    @Bean
    @ConditionalOnMissingBean
    EventEnrichment eventEnrichment() {
        return new EventEnrichment() {
            @Override
            public SignIn enrich(SignIn signIn) {
                return signIn;
            }

            @Override
            public AuditEvent enrich(AuditEvent event) {
                return event;
            }
        };
    }
}
