package io.loginwatch.findings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of findings, newest sign-in first; pass {@code nextCursor} back as {@code cursor} for the next. */
record FindingPage(List<FindingResponse> items, @Nullable String nextCursor) {}
