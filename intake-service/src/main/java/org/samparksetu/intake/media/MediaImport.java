package org.samparksetu.intake.media;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Brings the media folder of an earlier version ({@code intake.media.dir}, files at
 * {@code <dir>/<sha256[0..2]>/<sha256>}) into the database, once, at start, when the folder exists: a district that
 * ran one instance keeps its citizens' photos when it upgrades, without a separate step. Idempotent: a file already
 * in the database is not sent again, so two instances starting at once, or a start after a failed import, do no
 * harm. A file whose bytes do not hash to its name is left out and logged (the database only holds what proves
 * itself). A complete import leaves a marker file in the folder so later starts skip the walk; the files themselves
 * stay until ops deletes them, as a copy until the next database backup.
 *
 * <p>It runs on its own thread: a large folder must not hold the service's start (webhooks are answered meanwhile;
 * an old photo an operator opens before its turn answers 404 until it is in).
 */
@ApplicationScoped
public class MediaImport {
    private static final Logger LOG = Logger.getLogger(MediaImport.class);
    static final String MARKER = "IMPORTED-INTO-DATABASE";

    @Inject
    IntakeConfig config;
    @Inject
    MediaStore store;
    @Inject
    Clock clock;

    /** What one import did. */
    public record Result(int imported, int alreadyThere, List<String> refused) {
        boolean complete() {
            return refused.isEmpty();
        }
    }

    void onStart(@Observes StartupEvent ev) {
        Path dir = Path.of(config.media().dir());
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve(MARKER))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                importFolder(dir);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("media import from %s stopped: %s; the next start goes on with it", dir, e.getMessage());
            }
        }, "media-import");
        t.setDaemon(true);
        t.start();
    }

    /** Imports every media file of the folder that is not stored yet. */
    public Result importFolder(Path dir) throws IOException {
        int imported = 0;
        int already = 0;
        List<String> refused = new java.util.ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && p.getParent().getParent() != null
                            && p.getParent().getParent().equals(dir))
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String bucket = file.getParent().getFileName().toString();
            if (!name.matches("[0-9a-f]{64}") || !name.startsWith(bucket)) {
                continue; // not a stored file (the old store's "incoming" leftovers, say)
            }
            if (store.has(name)) {
                already++;
            } else if (store.putFile(file, name)) {
                imported++;
            } else {
                refused.add(name);
                LOG.warnf("media import: %s does not hash to its name; left out", file);
            }
        }
        Result result = new Result(imported, already, List.copyOf(refused));
        LOG.infof("media import from %s: %d imported, %d already in the database, %d refused", dir, imported, already,
                refused.size());
        if (result.complete()) {
            try {
                Files.writeString(dir.resolve(MARKER), "imported " + (imported + already) + " files into the database at "
                        + Instant.now(clock) + "; they may be deleted once a database backup holds them\n");
            } catch (IOException e) {
                LOG.warnf("media import: no marker written in %s (%s); the next start checks the folder again", dir,
                        e.getMessage());
            }
        }
        return result;
    }
}
