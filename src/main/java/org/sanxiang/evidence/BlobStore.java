package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Content-addressed storage of evidence files, keyed by their SHA-256. The file-system store is the
 * default; an S3-compatible store can implement the same contract (stage by streaming, commit under
 * the hash, read with ranges, re-hash on demand).
 */
public interface BlobStore {

    /**
     * Streams {@code content} into a staging area, computing its SHA-256 in the same pass, without
     * holding it in memory. Nothing is visible under the hash until {@link StagedBlob#commit()}.
     *
     * @param maxBytes  the largest size accepted; reading stops and the staged bytes are removed beyond it
     * @param headCheck called once with the first bytes (up to {@link ContentSniffer#HEAD_BYTES}); may throw
     *                  to reject the content before the rest is read
     * @throws BlobTooLarge  when the content exceeds {@code maxBytes}
     * @throws IOException   when reading the content fails (an interrupted upload); nothing is left behind
     */
    StagedBlob stage(InputStream content, long maxBytes, HeadCheck headCheck) throws IOException;

    /** The stored blob, readable with ranges ({@link Resource#contentLength()} is known). */
    Optional<Resource> get(String sha256);

    /** Re-reads the stored blob and returns its SHA-256 as it is now; empty when the blob is missing. */
    Optional<String> rehash(String sha256) throws IOException;

    /** Removes a blob whose database row was rolled back; the caller makes sure no row refers to it. */
    void discard(String sha256);

    /**
     * Housekeeping after a crash between a blob's commit and its row's: moves aside — never deletes
     * (evidence policy) — every stored blob that {@code referenced} says no row refers to and that was
     * last modified before {@code olderThan}. Returns how many were moved. A store that cannot list its
     * blobs moves nothing.
     */
    default int quarantineOrphans(java.util.function.Predicate<String> referenced, java.time.Instant olderThan)
            throws IOException {
        return 0;
    }

    /** Removes staged uploads last written before {@code olderThan} (left by an upload whose process died). */
    default int removeStaleStaging(java.time.Instant olderThan) throws IOException {
        return 0;
    }

    @FunctionalInterface
    interface HeadCheck {
        void check(byte[] head);
    }

    /** A staged upload: committed under its hash, or removed on {@link #close()}. */
    interface StagedBlob extends AutoCloseable {

        String sha256();

        long size();

        byte[] head();

        /** Moves the staged bytes under their hash; false when identical content was already stored. */
        boolean commit() throws IOException;

        /** Removes the staged bytes if they were not committed. */
        @Override
        void close();
    }

    /** More bytes than the limit for the evidence type. */
    class BlobTooLarge extends RuntimeException {
        private final long limit;

        public BlobTooLarge(long limit) {
            super("content exceeds " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
