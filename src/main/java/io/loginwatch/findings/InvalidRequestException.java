package io.loginwatch.findings;

/** A request parameter with a wrong value; the message says which and why. */
class InvalidRequestException extends RuntimeException {

    private final String parameter;

    InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
