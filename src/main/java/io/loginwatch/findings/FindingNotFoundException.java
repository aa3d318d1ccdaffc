package io.loginwatch.findings;

/** No finding has this id. */
class FindingNotFoundException extends RuntimeException {

    FindingNotFoundException(long id) {
        super("No finding with id " + id);
    }
}
