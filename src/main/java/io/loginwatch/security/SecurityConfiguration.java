package io.loginwatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** API-key security for everything under {@code /api}; health and docs stay public. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ApiKeys apiKeys(SecurityProperties properties) {
        ApiKeys keys = ApiKeys.parse(properties.apiKeys());
        if (keys.generated()) {
            log.warn(
                    "No API keys configured; generated for this run only (use them as they are:"
                            + " export LOGINWATCH_API_KEYS='{}')",
                    String.join(",", keys.describe()));
        } else {
            log.info("API keys configured for roles {}", keys.roles());
        }
        return keys;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN")
                .implies("ANALYST", "INGEST")
                .build();
    }

    /** No form or basic login users: keeps Boot from generating a default password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, SecurityProperties properties) throws Exception {
        var entryPoint = ProblemResponses.unauthorized();
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemResponses.forbidden()))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll();
                    if (properties.publicDocs()) {
                        rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .permitAll();
                    }
                    rules.requestMatchers("/api/v1/events/**", "/api/v1/sources/**")
                            .hasRole("INGEST")
                            .requestMatchers(HttpMethod.GET, "/api/v1/engine", "/api/v1/engine/**")
                            .hasRole("ANALYST")
                            .requestMatchers("/api/v1/engine/**", "/api/v1/named-networks/**", "/api/v1/named-networks")
                            .hasRole("ADMIN")
                            .requestMatchers(HttpMethod.GET, "/api/v1/suppressions", "/api/v1/suppressions/**")
                            .hasRole("ANALYST")
                            .requestMatchers("/api/v1/suppressions", "/api/v1/suppressions/**")
                            .hasRole("ADMIN")
                            .requestMatchers("/api/v1/findings/**", "/api/v1/findings", "/api/v1/users/**")
                            .hasRole("ANALYST")
                            .requestMatchers("/actuator/**")
                            .hasRole("ADMIN")
                            .requestMatchers("/error")
                            .permitAll()
                            .anyRequest()
                            .authenticated();
                });
        return http.build();
    }
}
