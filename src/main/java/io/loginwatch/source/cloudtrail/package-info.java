/**
 * AWS CloudTrail: S3 log files, EventBridge events and bare records to sign-ins (ConsoleLogin, STS federation and
 * session tokens) and audit events (every other API call).
 */
@NullMarked
package io.loginwatch.source.cloudtrail;

import org.jspecify.annotations.NullMarked;
