package io.loginwatch.ingest;

import io.loginwatch.source.Sources;
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
}
