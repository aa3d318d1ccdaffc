package io.loginwatch.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code reloadIfChanged()} pass did: the files re-read and swapped in, and the changed files that could not
 * be used (the previous contents stay in force for those).
 *
 * @param reloaded files whose new contents are now in use
 * @param failures changed files that were rejected, each with the reason
 */
public record ReloadReport(List<Path> reloaded, List<Failure> failures) {

    public static final ReloadReport NOTHING = new ReloadReport(List.of(), List.of());

    /** A changed file that was rejected; the message names the path and what is wrong with it. */
    public record Failure(Path path, String message) {}

    public ReloadReport {
        reloaded = List.copyOf(reloaded);
        failures = List.copyOf(failures);
    }

    static ReloadReport reloaded(Path path) {
        return new ReloadReport(List.of(path), List.of());
    }

    static ReloadReport failed(Path path, String message) {
        return new ReloadReport(List.of(), List.of(new Failure(path, message)));
    }

    public boolean changed() {
        return !reloaded.isEmpty();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    public ReloadReport plus(ReloadReport other) {
        if (other.reloaded.isEmpty() && other.failures.isEmpty()) {
            return this;
        }
        if (reloaded.isEmpty() && failures.isEmpty()) {
            return other;
        }
        List<Path> paths = new ArrayList<>(reloaded);
        paths.addAll(other.reloaded);
        List<Failure> failed = new ArrayList<>(failures);
        failed.addAll(other.failures);
        return new ReloadReport(paths, failed);
    }
}
