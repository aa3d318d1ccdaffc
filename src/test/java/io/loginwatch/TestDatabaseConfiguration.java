package io.loginwatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one database every Spring test uses: a real PostgreSQL, from Testcontainers when a Docker engine is reachable,
 * otherwise an embedded PostgreSQL server started once per test JVM. Never H2, never skipped.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | NoClassDefFoundError e) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerAvailable.class)
    static class Containerized {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer("postgres:16-alpine");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerUnavailable.class)
    static class Embedded {

        @Bean
        JdbcConnectionDetails embeddedPostgres() {
            String url = SharedEmbeddedPostgres.jdbcUrl();
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return "postgres";
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return url;
                }
            };
        }
    }

    /** One throw-away server per test JVM, shared by every cached application context. */
    static final class SharedEmbeddedPostgres {

        private static EmbeddedPostgres postgres;

        static synchronized String jdbcUrl() {
            if (postgres == null) {
                try {
                    postgres = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot start embedded PostgreSQL for tests", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            return postgres.getJdbcUrl("postgres", "postgres");
        }
    }

    static final class DockerAvailable implements Condition {
        private static final boolean AVAILABLE = dockerAvailable();

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return AVAILABLE;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerAvailable.AVAILABLE;
        }
    }
}
