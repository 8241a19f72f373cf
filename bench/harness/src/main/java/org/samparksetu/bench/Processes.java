package org.samparksetu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The live processes of one command name, read from /proc (PostgreSQL's backends: one process per connection). */
final class Processes {
    private Processes() {
    }

    static List<Long> named(String name) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String f = p.getFileName().toString();
                if (!f.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readString(p.resolve("comm")).trim().equals(name)) {
                        pids.add(Long.parseLong(f));
                    }
                } catch (IOException ignored) {
                    // process ended while we looked
                }
            }
        }
        return pids;
    }

    /** The sum of a per-process reading (gone processes read as -1 and count 0) over all of one name, or -1. */
    static double sum(String name, java.util.function.LongToDoubleFunction reading) {
        try {
            return named(name).stream().mapToDouble(pid -> Math.max(reading.applyAsDouble(pid), 0)).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
