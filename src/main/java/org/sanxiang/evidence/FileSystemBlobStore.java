package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Blobs under {@code <root>/<aa>/<bb>/<sha256>}. An upload streams through a {@link DigestInputStream}
 * into a temporary file inside the root (same file system, so the final move is atomic) and is written
 * to disk once; a rejected or interrupted upload deletes its temporary file.
 */
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Pattern FAN_OUT = Pattern.compile("[0-9a-f]{2}");

    private final Path root;
    private final Path staging;
    private final Path orphans;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve("staging");
        this.orphans = this.root.resolve("orphans");
    }

    /** Where unreferenced blobs are moved by {@link #quarantineOrphans}: {@code <root>/orphans/<sha256>}. */
    public Path orphans() {
        return orphans;
    }

    @Override
    public int quarantineOrphans(java.util.function.Predicate<String> referenced, java.time.Instant olderThan)
            throws IOException {
        int moved = 0;
        for (Path blob : storedBlobs()) {
            String sha256 = blob.getFileName().toString();
            if (!Files.getLastModifiedTime(blob).toInstant().isBefore(olderThan) || referenced.test(sha256)) {
                continue;
            }
            Files.createDirectories(orphans);
            Path target = orphans.resolve(sha256);
            if (Files.exists(target)) {
                target = orphans.resolve(sha256 + "." + System.currentTimeMillis());
            }
            Files.move(blob, target, StandardCopyOption.ATOMIC_MOVE);
            if (referenced.test(sha256) && !Files.exists(blob)) {
                // a row referring to it was committed meanwhile (identical content uploaded again): put it back
                Files.move(target, blob, StandardCopyOption.ATOMIC_MOVE);
                continue;
            }
            moved++;
        }
        return moved;
    }

    @Override
    public int removeStaleStaging(java.time.Instant olderThan) throws IOException {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(staging)) {
            for (Path temp : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(olderThan) && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Every file at {@code <root>/<aa>/<bb>/<sha256>} whose name is its hash and fits its fan-out directories. */
    private java.util.List<Path> storedBlobs() throws IOException {
        java.util.List<Path> blobs = new java.util.ArrayList<>();
        if (!Files.isDirectory(root)) {
            return blobs;
        }
        try (java.util.stream.Stream<Path> level1 = Files.list(root)) {
            for (Path aa : level1.filter(p -> Files.isDirectory(p) && FAN_OUT.matcher(p.getFileName().toString()).matches()).toList()) {
                try (java.util.stream.Stream<Path> level2 = Files.list(aa)) {
                    for (Path bb : level2.filter(p -> Files.isDirectory(p) && FAN_OUT.matcher(p.getFileName().toString()).matches()).toList()) {
                        try (java.util.stream.Stream<Path> files = Files.list(bb)) {
                            files.filter(Files::isRegularFile).filter(f -> {
                                String name = f.getFileName().toString();
                                return SHA256.matcher(name).matches() && name.startsWith(aa.getFileName().toString() + bb.getFileName());
                            }).forEach(blobs::add);
                        }
                    }
                }
            }
        }
        return blobs;
    }

    public Path root() {
        return root;
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes, HeadCheck headCheck) throws IOException {
        return StagedFile.stage(staging, content, maxBytes, headCheck, this::store);
    }

    /** Moves a staged file under its hash, read-only, unless identical content is stored already. */
    private boolean store(Path temp, String sha256, long size) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        try {
            if (Files.exists(target)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            target.toFile().setReadOnly();
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    @Override
    public Optional<Resource> get(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    @Override
    public Optional<String> rehash(String sha256) throws IOException {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        MessageDigest digest = StagedFile.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void discard(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }


}
