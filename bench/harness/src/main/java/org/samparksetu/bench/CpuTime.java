package org.samparksetu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system) of processes and of the whole box, read from /proc. Taken before and after a run,
 * the difference divided by the complaints the run completed says which process spends the CPU per complaint:
 * on two cores shared by everything, that is what bounds the end-to-end rate.
 */
final class CpuTime {
    /** Linux reports process times in clock ticks; USER_HZ is 100 on every kernel this runs on. */
    private static final double MS_PER_TICK = 10.0;

    private CpuTime() {
    }

    /** CPU milliseconds one process has used so far, or -1 if it is gone. */
    static double ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK; // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Sum over every live process whose command name is {@code name} (PostgreSQL's backends). */
    static double ofAll(String name) {
        return Processes.sum(name, CpuTime::ofProcess);
    }

    /** Busy and total CPU milliseconds of the whole box (all cores) so far, from the first line of /proc/stat. */
    static double[] ofBox() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle, iowait
            return new double[] {(total - idle) * MS_PER_TICK, total * MS_PER_TICK};
        } catch (IOException | RuntimeException e) {
            return new double[] {-1, -1};
        }
    }

    /**
     * {@code ,"name":ms,...} for every process of two snapshots: the CPU it spent in between, divided by
     * {@code per} (seconds or complaints). The box's own entries are left out.
     */
    static String processFields(Map<String, Double> before, Map<String, Double> after, double per) {
        StringBuilder fields = new StringBuilder();
        after.forEach((name, ms) -> {
            if (!name.startsWith("box_")) {
                fields.append(String.format(java.util.Locale.ROOT, ",\"%s\":%.1f", name, (ms - before.get(name)) / per));
            }
        });
        return fields.toString();
    }

    /** Sum of the processes' CPU between two snapshots, divided by {@code per}. */
    static double processSum(Map<String, Double> before, Map<String, Double> after, double per) {
        return after.entrySet().stream().filter(e -> !e.getKey().startsWith("box_"))
                .mapToDouble(e -> (e.getValue() - before.get(e.getKey())) / per).sum();
    }

    /** The box's busy CPU milliseconds between two snapshots. */
    static double boxBusy(Map<String, Double> before, Map<String, Double> after) {
        return after.get("box_busy") - before.get("box_busy");
    }

    /** How busy the box was between two snapshots, in percent of all its cores' time. */
    static double boxBusyPercent(Map<String, Double> before, Map<String, Double> after) {
        return 100 * boxBusy(before, after) / Math.max(after.get("box_total") - before.get("box_total"), 1);
    }

    /** A snapshot of named processes' CPU, to subtract from a later one. */
    static Map<String, Double> snapshot(Map<String, Long> pids, long kafkaPid) {
        Map<String, Double> ms = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ms.put(name, ofProcess(pid)));
        ms.put("kafka", ofProcess(kafkaPid));
        ms.put("postgresql", ofAll("postgres"));
        ms.put("bench+simulators", ofProcess(ProcessHandle.current().pid()));
        double[] box = ofBox();
        ms.put("box_busy", box[0]);
        ms.put("box_total", box[1]);
        return ms;
    }
}
