package io.loginwatch.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.jspecify.annotations.Nullable;

/**
 * Identity of a file's contents as far as the file system tells without reading it: modification time, size and, where
 * the file system has one, the file key (inode), so that an atomic rename of a new file over the old one is seen even
 * when time and size happen to match.
 */
record FileStamp(FileTime modified, long size, @Nullable Object fileKey) {

    /** The stamp of {@code path} now, or {@code null} when it does not exist or cannot be read. */
    static @Nullable FileStamp of(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
