package io.loginwatch.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as RFC 9457 problem documents. */
final class ProblemResponses {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"loginwatch\"");
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    request.getHeader("Authorization") == null
                            ? "An API key is required: send 'Authorization: Bearer <key>'"
                            : "The API key is not valid",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "This API key's role may not " + request.getMethod() + " " + request.getRequestURI(),
                request.getRequestURI());
    }

    private static void write(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail, String path)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://loginwatch.io/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(MAPPER.writeValueAsBytes(problem));
    }
}
