package org.samparksetu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory of processes, read from /proc. PSS (proportional set size) is used for PostgreSQL,
 * whose backends share memory: adding their RSS would count the shared buffers many times.
 */
final class Footprint {
    private Footprint() {
    }

    /** Resident set size of one process in MiB, or -1 if it is gone. */
    static double rssMiB(long pid) {
        return field(pid, "Rss:");
    }

    static double pssMiB(long pid) {
        return field(pid, "Pss:");
    }

    /** Sum of PSS over every process whose command name is {@code name} (e.g. postgres). */
    static double pssOfAll(String name) {
        double total = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String f = p.getFileName().toString();
                if (!f.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readString(p.resolve("comm")).trim().equals(name)) {
                        double pss = pssMiB(Long.parseLong(f));
                        total += Math.max(pss, 0);
                    }
                } catch (IOException ignored) {
                    // process ended while we looked
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    private static double field(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
