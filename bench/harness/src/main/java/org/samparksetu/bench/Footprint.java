package org.samparksetu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        return Processes.sum(name, Footprint::pssMiB);
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
