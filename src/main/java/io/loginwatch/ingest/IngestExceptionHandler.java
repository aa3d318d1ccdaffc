package io.loginwatch.ingest;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ingest errors as RFC 9457 problem documents. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = IngestController.class)
class IngestExceptionHandler {

    @ExceptionHandler(IngestException.class)
    ResponseEntity<ProblemDetail> ingestFailed(IngestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://loginwatch.io/problems/" + e.type()));
        problem.setTitle(e.title());
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
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
