package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload staged in a local file while it is hashed and measured, for either blob store: the bytes are read
 * once, the first {@link ContentSniffer#HEAD_BYTES} checked before the rest is read, the size limit enforced as
 * they arrive. Committing hands the file to the store's {@link Store}; an uncommitted one is deleted on close.
 */
final class StagedFile implements BlobStore.StagedBlob {

    private static final int BUFFER = 64 * 1024;

    /** Stores a staged file under its hash; false when identical content was already stored. */
    @FunctionalInterface
    interface Store {
        boolean store(Path temp, String sha256, long size) throws IOException;
    }

    private final Path temp;
    private final String sha256;
    private final long size;
    private final byte[] head;
    private final Store store;
    private boolean committed;

    private StagedFile(Path temp, String sha256, long size, byte[] head, Store store) {
        this.temp = temp;
        this.sha256 = sha256;
        this.size = size;
        this.head = head;
        this.store = store;
    }

    static StagedFile stage(Path staging, InputStream content, long maxBytes, BlobStore.HeadCheck headCheck, Store store)
            throws IOException {
        Files.createDirectories(staging);
        Path temp = Files.createTempFile(staging, "upload-", ".part");
        boolean ok = false;
        try {
            MessageDigest digest = newDigest();
            long size;
            byte[] head;
            try (DigestInputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
                head = in.readNBytes(ContentSniffer.HEAD_BYTES);
                if (head.length > maxBytes) {
                    throw new BlobStore.BlobTooLarge(maxBytes);
                }
                headCheck.check(head);
                out.write(head);
                size = head.length;
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BlobStore.BlobTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            ok = true;
            return new StagedFile(temp, HexFormat.of().formatHex(digest.digest()), size, head, store);
        } finally {
            if (!ok) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] head() {
        return Arrays.copyOf(head, head.length);
    }

    @Override
    public boolean commit() throws IOException {
        try {
            return store.store(temp, sha256, size);
        } finally {
            committed = true;
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
