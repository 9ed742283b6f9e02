package org.sanxiang.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects of an S3-compatible service under {@code <prefix>blobs/<aa>/<bb>/<sha256>}, so every node of
 * a cluster reads what any node stored. An upload streams into a local staging file while its SHA-256 is
 * computed (the hash is the key, so it must be known before the object is written), then is sent with its
 * length; an object that already exists under the hash is identical content and is not sent again. Objects
 * are never overwritten and moved aside (copied to {@code <prefix>orphans/}, then deleted) only by the orphan
 * sweep.
 */
public class S3BlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path staging;

    public S3BlobStore(S3Client s3, String bucket, String prefix, Path staging) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.staging = staging.toAbsolutePath().normalize();
    }

    String keyOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return prefix + "blobs/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes, HeadCheck headCheck) throws IOException {
        return StagedFile.stage(staging, content, maxBytes, headCheck, this::store);
    }

    /** Puts a staged file under its hash's key, unless identical content is stored already. */
    private boolean store(Path temp, String sha256, long size) throws IOException {
        String key = keyOf(sha256);
        try {
            if (stored(key).isPresent()) {
                return false;
            }
            s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(temp));
            return true;
        } catch (S3Exception e) {
            throw new IOException("storing " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Resource> get(String sha256) {
        return stored(keyOf(sha256)).map(h -> new ObjectResource(keyOf(sha256), h.contentLength(), h.lastModified()));
    }

    @Override
    public Optional<String> rehash(String sha256) throws IOException {
        String key = keyOf(sha256);
        MessageDigest digest = StagedFile.newDigest();
        try (InputStream in = new DigestInputStream(s3.getObject(b -> b.bucket(bucket).key(key)), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void discard(String sha256) {
        String key = keyOf(sha256);
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public int quarantineOrphans(Predicate<String> referenced, Instant olderThan) {
        int moved = 0;
        ListObjectsV2Request list = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix + "blobs/").build();
        for (S3Object o : s3.listObjectsV2Paginator(list).contents()) {
            String sha256 = o.key().substring(o.key().lastIndexOf('/') + 1);
            if (!SHA256.matcher(sha256).matches() || !o.key().equals(keyOf(sha256))
                    || !o.lastModified().isBefore(olderThan) || referenced.test(sha256)) {
                continue;
            }
            String target = prefix + "orphans/" + sha256 + "." + System.currentTimeMillis();
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(o.key()).destinationBucket(bucket).destinationKey(target));
            if (referenced.test(sha256)) {
                // a row referring to it was committed meanwhile (identical content uploaded again): keep it
                s3.deleteObject(b -> b.bucket(bucket).key(target));
                continue;
            }
            s3.deleteObject(b -> b.bucket(bucket).key(o.key()));
            moved++;
        }
        return moved;
    }

    @Override
    public int removeStaleStaging(Instant olderThan) throws IOException {
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

    private Optional<HeadObjectResponse> stored(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }


    /** A stored object: its length and time from HEAD, its bytes from GET when read. */
    private final class ObjectResource extends AbstractResource {
        private final String key;
        private final long length;
        private final Instant lastModified;

        ObjectResource(String key, long length, Instant lastModified) {
            this.key = key;
            this.length = length;
            this.lastModified = lastModified;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return s3.getObject(b -> b.bucket(bucket).key(key));
            } catch (NoSuchKeyException e) {
                throw new FileNotFoundException(key);
            }
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public long lastModified() {
            return lastModified == null ? 0 : lastModified.toEpochMilli();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getFilename() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String getDescription() {
            return "s3://" + bucket + "/" + key;
        }
    }

}
