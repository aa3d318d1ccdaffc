/**
 * Time partitions of the raw event tables: months created ahead of time (rows that landed in the default partition
 * moved into their month), and months older than the retention period dropped whole.
 */
@NullMarked
package io.loginwatch.retention;

import org.jspecify.annotations.NullMarked;
