package io.loginwatch.database;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL started when {@code spring.datasource.url} is not set ({@code loginwatch.embedded-db.*}).
 *
 * @param dataDir where it keeps its data across restarts (default {@code ./.loginwatch/pgdata})
 * @param port TCP port on 127.0.0.1, 0 for any free port (default 0)
 */
@Validated
@ConfigurationProperties("loginwatch.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("./.loginwatch/pgdata") @NotNull Path dataDir,
        @DefaultValue("0") int port) {}
