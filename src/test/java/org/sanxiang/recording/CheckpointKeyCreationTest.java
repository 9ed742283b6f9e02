package org.sanxiang.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes of a cluster that start at once on a shared mount without a key yet end with one office key: the
 * first to link its new key wins, the others load it (a rename would let the last one replace the key the
 * first already signs with).
 */
@Tag("no-db")
class CheckpointKeyCreationTest {

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void nodesCreatingTheKeyAtOnceAllUseTheSameKey() throws Exception {
        Path file = dir.resolve("keys/checkpoint-ed25519.key");
        Set<String> keys = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    keys.add(CheckpointKey.loadOrCreate(file).publicKeyBase64());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            nodes.add(t);
        }
        go.countDown();
        for (Thread t : nodes) {
            t.join();
        }
        assertThat(keys).hasSize(1);
        assertThat(CheckpointKey.loadOrCreate(file).publicKeyBase64()).isEqualTo(keys.iterator().next());
        try (var left = Files.list(file.getParent())) {
            assertThat(left.toList()).as("no temporary key files left").containsExactly(file);
        }
    }
}
