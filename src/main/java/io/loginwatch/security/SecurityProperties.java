package io.loginwatch.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API security settings ({@code loginwatch.security.*}).
 *
 * @param apiKeys comma-separated {@code role:key} pairs (env {@code LOGINWATCH_API_KEYS}); empty means one key per
 *     role is generated at start-up and logged once
 * @param publicDocs whether {@code /v3/api-docs} and Swagger UI are readable without a key (default true: they hold
 *     no data)
 */
@ConfigurationProperties("loginwatch.security")
record SecurityProperties(
        @DefaultValue("") String apiKeys,
        @DefaultValue("true") boolean publicDocs) {}
