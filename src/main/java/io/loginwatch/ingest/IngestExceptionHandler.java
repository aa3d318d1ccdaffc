package io.loginwatch.ingest;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ingest errors as RFC 9457 problem documents. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = IngestController.class)
class IngestExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IngestExceptionHandler.class);

    private final IngestProperties properties;

    IngestExceptionHandler(IngestProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<ProblemDetail> ingestFailed(IngestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://loginwatch.io/problems/" + e.type()));
        problem.setTitle(e.title());
        var response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfter() != null) {
            response.header(
                    HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        }
        return response.body(problem);
    }

    /**
     * The database is down, saturated or too slow (no connection within the pool's timeout, a lost connection, a
     * timeout, a deadlock): nothing was committed, so the sender should simply retry.
     */
    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        TransientDataAccessException.class,
        RecoverableDataAccessException.class,
        DataAccessResourceFailureException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Ingest answered 503: the database is unavailable ({})", e.getMessage());
        return ingestFailed(IngestException.unavailable(
                "The database is unavailable or overloaded; nothing of this batch was stored, retry later",
                properties.retryAfter()));
    }

    @ExceptionHandler(BatchRejectedException.class)
    ResponseEntity<ProblemDetail> allRejected(BatchRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://loginwatch.io/problems/all-records-rejected"));
        problem.setTitle("No record could be used");
        problem.setProperty("rejected", e.result().rejected());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
