package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3-compatible blob store against a real S3-compatible server: {@code scripts/s3-test-server} (s3rver)
 * or any other, named by {@code SANXIANG_TEST_S3_ENDPOINT} (bucket {@code SANXIANG_TEST_S3_BUCKET}, default
 * {@code sanxiang}; keys {@code SANXIANG_TEST_S3_ACCESS_KEY}/{@code _SECRET_KEY}, default S3RVER). Skipped when
 * no endpoint is named: the suite does not start a server of its own.
 */
@Tag("no-db")
@EnabledIfEnvironmentVariable(named = "SANXIANG_TEST_S3_ENDPOINT", matches = ".+")
class S3BlobStoreTest {

    @TempDir
    Path staging;
    S3Client client;
    S3BlobStore store;
    String prefix = "test-" + UUID.randomUUID() + "/";

    @BeforeEach
    void store() {
        String bucket = env("SANXIANG_TEST_S3_BUCKET", "sanxiang");
        client = EvidenceConfiguration.s3Client(new S3Properties(URI.create(System.getenv("SANXIANG_TEST_S3_ENDPOINT")),
                "us-east-1", bucket, prefix, env("SANXIANG_TEST_S3_ACCESS_KEY", "S3RVER"),
                env("SANXIANG_TEST_S3_SECRET_KEY", "S3RVER"), true, staging));
        store = new S3BlobStore(client, bucket, prefix, staging);
    }

    @AfterEach
    void close() {
        client.close();
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    String put(byte[] bytes) throws IOException {
        try (BlobStore.StagedBlob staged = store.stage(new ByteArrayInputStream(bytes), 1 << 20, head -> { })) {
            staged.commit();
            return staged.sha256();
        }
    }

    @Test
    void storesUnderTheHashReadsWithLengthAndRehashes() throws Exception {
        byte[] bytes = ("询问笔录 " + UUID.randomUUID()).repeat(5000).getBytes(StandardCharsets.UTF_8);
        String sha;
        try (BlobStore.StagedBlob staged = store.stage(new ByteArrayInputStream(bytes), 1 << 20, head -> { })) {
            sha = staged.sha256();
            assertThat(sha).isEqualTo(sha256(bytes));
            assertThat(staged.size()).isEqualTo(bytes.length);
            assertThat(store.get(sha)).as("nothing visible before commit").isEmpty();
            assertThat(staged.commit()).isTrue();
        }
        assertThat(store.keyOf(sha)).isEqualTo(prefix + "blobs/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        Resource r = store.get(sha).orElseThrow();
        assertThat(r.contentLength()).isEqualTo(bytes.length);
        try (InputStream in = r.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.rehash(sha)).contains(sha);
        assertThat(listed(staging)).as("the staging file is gone after commit").isEmpty();
        // identical content: not sent again
        try (BlobStore.StagedBlob again = store.stage(new ByteArrayInputStream(bytes), 1 << 20, head -> { })) {
            assertThat(again.commit()).isFalse();
        }
        store.discard(sha);
        assertThat(store.get(sha)).isEmpty();
        assertThat(store.rehash(sha)).isEmpty();
    }

    @Test
    void tooLargeOrRejectedContentLeavesNothing() throws Exception {
        byte[] bytes = new byte[2048];
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(bytes), 2047, head -> { }))
                .isInstanceOf(BlobStore.BlobTooLarge.class);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(bytes), 4096, head -> {
            throw new IllegalArgumentException("not a PDF");
        })).isInstanceOf(IllegalArgumentException.class);
        try (BlobStore.StagedBlob atLimit = store.stage(new ByteArrayInputStream(bytes), 2048, head -> { })) {
            assertThat(atLimit.size()).isEqualTo(2048);
        } // closed without commit: removed
        assertThat(listed(staging)).isEmpty();
        assertThat(store.get(sha256(bytes))).isEmpty();
    }

    @Test
    void theSweepMovesUnreferencedObjectsAsideAndKeepsReferencedOnes() throws Exception {
        String kept = put(("kept " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String orphan = put(("orphan " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        // nothing is older than an hour ago: nothing moves
        assertThat(store.quarantineOrphans(Set.of(kept)::contains, Instant.now().minusSeconds(3600))).isZero();
        assertThat(store.quarantineOrphans(Set.of(kept)::contains, Instant.now().plusSeconds(60))).isEqualTo(1);
        assertThat(store.get(kept)).isPresent();
        assertThat(store.get(orphan)).isEmpty();
        assertThat(client.listObjectsV2(b -> b.bucket(env("SANXIANG_TEST_S3_BUCKET", "sanxiang")).prefix(prefix + "orphans/"))
                .contents()).singleElement().satisfies(o -> assertThat(o.key()).startsWith(prefix + "orphans/" + orphan + "."));
    }

    static java.util.List<Path> listed(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
