package io.loginwatch.ingest;

import io.loginwatch.shared.AuditEvent;
import io.loginwatch.shared.SignIn;
import io.loginwatch.source.cloudtrail.CloudTrailParser;
import io.loginwatch.source.entra.EntraParser;
import io.loginwatch.source.gcp.GcpAuditParser;
import io.loginwatch.source.ocsf.OcsfParser;
import io.loginwatch.source.okta.OktaParser;
import io.loginwatch.source.workspace.GoogleWorkspaceParser;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    @Bean
    SourceParsers sourceParsers() {
        return new SourceParsers(List.of(
                new OktaParser(),
                new EntraParser(),
                new CloudTrailParser(),
                new GoogleWorkspaceParser(),
                new GcpAuditParser(),
                new OcsfParser()));
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
