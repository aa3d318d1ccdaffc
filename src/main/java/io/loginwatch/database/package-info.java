/** Database plumbing: an embedded PostgreSQL when no server is configured, so the service starts with one command. */
@NullMarked
package io.loginwatch.database;

import org.jspecify.annotations.NullMarked;
