package io.loginwatch.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI loginwatchOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Loginwatch API")
                        .version("v1")
                        .description("Ingest sign-in and cloud audit events, read behavioural findings about"
                                + " sign-ins made with stolen valid credentials (MITRE ATT&CK T1021.007)."
                                + " Every call needs 'Authorization: Bearer <API key>' of role ingest, analyst or"
                                + " admin. Errors are RFC 9457 application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key from LOGINWATCH_API_KEYS")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
