package org.samparksetu.intake.media;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a media download as a stream, when it is staged, then it goes to a temporary file as it is read (the heap
 * never holds the body: documents may be 100 MB under a 256 MB heap), hashed on the way, and a body over its limit is
 * dropped as soon as it passes it. (Storing the staged file in the database: {@link MediaStoreComponentTest}.)
 */
class MediaStoreTest {
    private static final int MB = 1024 * 1024;
    private final Path root = Path.of("target", "media-store-test");
    private final MediaStore store = new MediaStore(null);

    {
        store.staging = root.resolve("incoming");
    }

    /** {@code size} bytes of a repeating pattern, made as they are read: nothing of it is held anywhere. */
    private static final class Generated extends InputStream {
        private final long size;
        long served;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (int) (served++ % 251) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((served + i) % 251);
            }
            served += n;
            return n;
        }
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aLargeDocumentIsStreamedToDiskWithoutHoldingItInMemory() throws Exception {
        long size = 48L * MB;
        long before = allocatedByThisThread();
        MediaStore.Staged staged = store.stage(new Generated(size), 100L * MB);
        long allocated = allocatedByThisThread() - before;
        assertThat(staged).isNotNull();
        assertThat(staged.size()).isEqualTo(size);
        assertThat(allocated).as("bytes allocated while storing a 48 MB document").isLessThan(8L * MB);

        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[64 * 1024];
        Generated again = new Generated(size);
        for (int n; (n = again.read(buf, 0, buf.length)) > 0; ) {
            expected.update(buf, 0, n);
        }
        assertThat(staged.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
        assertThat(Files.size(staged.file())).isEqualTo(size);
        staged.discard();
        assertThat(Files.exists(staged.file())).isFalse();
    }

    @Test
    void aBodyOverTheLimitIsDroppedAsSoonAsItPassesItAndLeavesNothingBehind() throws IOException {
        Generated endless = new Generated(Long.MAX_VALUE); // a server that never stops sending
        assertThat(store.stage(endless, 5L * MB)).isNull();
        assertThat(endless.served).isBetween(5L * MB + 1, 5L * MB + 64 * 1024);
        try (Stream<Path> left = Files.list(root.resolve("incoming"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBodyThatDoesNotMatchItsHashIsDiscarded() throws IOException {
        MediaStore.Staged staged = store.stage(new Generated(1000), 5000);
        assertThat(MediaStore.matches("not-the-hash", staged.sha256())).isFalse();
        staged.discard();
        assertThat(Files.exists(staged.file())).isFalse();
        try (Stream<Path> left = Files.list(root.resolve("incoming"))) {
            assertThat(left).isEmpty();
        }
    }
}
