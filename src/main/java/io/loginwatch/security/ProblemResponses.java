package io.loginwatch.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
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
                "This API key" + role(request) + " may not " + request.getMethod() + " " + request.getRequestURI()
                        + " (ingest keys post events, analyst keys read and triage, admin keys do everything)",
                request.getRequestURI());
    }

    private static String role(jakarta.servlet.http.HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal == null ? "" : " (" + principal.getName().replace("-key", "") + ")";
    }

    private static void write(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail, String path)
            throws IOException {
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "https://loginwatch.io/problems/" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(MAPPER.writeValueAsBytes(problem));
    }
}
