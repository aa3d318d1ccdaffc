package io.loginwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/** Reads a request body, inflating gzip, and refuses anything larger than the cap (before and after inflation). */
final class BodyReader {

    private final long maxBytes;

    BodyReader(DataSize maxBodySize) {
        this.maxBytes = maxBodySize.toBytes();
    }

    byte[] read(InputStream body, @Nullable String contentEncoding, long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge();
        }
        String encoding =
                contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            InputStream in = switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> new GZIPInputStream(body, 64 * 1024);
                default ->
                    throw IngestException.unsupportedMediaType(
                            "Content-Encoding '" + contentEncoding + "' is not supported; use gzip or none");
            };
            return readCapped(in);
        } catch (ZipException e) {
            throw IngestException.notJson("Content-Encoding is gzip but the body is not valid gzip: " + e.getMessage());
        } catch (IOException e) {
            if (e instanceof java.io.EOFException) {
                throw IngestException.notJson("The gzip body is truncated");
            }
            throw new UncheckedIOException(e);
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 1 << 20)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (buffer.length > maxBytes) {
                    throw tooLarge();
                }
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxBytes + 1));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return java.util.Arrays.copyOf(buffer, length);
            }
            length += read;
            if (length > maxBytes) {
                throw tooLarge();
            }
        }
    }

    private IngestException tooLarge() {
        return IngestException.tooLarge("The body exceeds the limit of " + maxBytes
                + " bytes (loginwatch.ingest.max-body-size, measured after decompression); split the batch");
    }
}
