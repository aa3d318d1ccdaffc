/** OCSF 1.x Authentication (3002) and API Activity (6003, rc.2 3005) events to canonical sign-ins and audit events. */
@NullMarked
package io.loginwatch.source.ocsf;

import org.jspecify.annotations.NullMarked;
