/** Microsoft Entra ID sign-in and audit logs (Azure Monitor diagnostic export) to canonical sign-ins and audit events. */
@NullMarked
package io.loginwatch.source.entra;

import org.jspecify.annotations.NullMarked;
