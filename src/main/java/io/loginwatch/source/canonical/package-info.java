/** Loginwatch's own canonical sign-in and audit formats, for sources without a native parser. */
@NullMarked
package io.loginwatch.source.canonical;

import org.jspecify.annotations.NullMarked;
