package org.samparksetu.testing.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults in turn, each for its window, with a quiet gap between them, run on a thread of its own while the load goes
 * on. What happened (each fault's begin and end, and any failure to put a fault right) is kept for the report. A
 * fault that was begun is always ended, even when the schedule is stopped early.
 */
public final class ChaosSchedule {
    /** One fault and how long it lasts. */
    public record Window(Fault fault, Duration length) {
    }

    /** What became of one window. */
    public record Happened(String fault, Instant began, Instant ended, String failure) {
        public String json() {
            return String.format(Locale.ROOT, "{\"measure\":\"fault\",\"fault\":\"%s\",\"began\":\"%s\",\"ended\":\"%s\","
                            + "\"seconds\":%.1f,\"failure\":%s}", fault, began, ended,
                    ended == null ? -1.0 : Duration.between(began, ended).toMillis() / 1000.0,
                    failure == null ? "null" : "\"" + failure.replace("\\", "\\\\").replace("\"", "'") + "\"");
        }
    }

    private final List<Window> windows;
    private final Duration gap;
    private final List<Happened> happened = new CopyOnWriteArrayList<>();
    private volatile Instant lastFaultEnded;
    private volatile boolean done;
    private volatile boolean stopped;
    private Thread thread;

    public ChaosSchedule(List<Window> windows, Duration gap) {
        this.windows = List.copyOf(windows);
        this.gap = gap;
    }

    /** Begins the first fault now; the rest follow on the schedule's own thread. */
    public synchronized ChaosSchedule start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::run, "chaos-schedule");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run() {
        try {
            for (int i = 0; i < windows.size() && !stopped; i++) {
                if (i > 0) {
                    pause(gap);
                }
                if (stopped) {
                    break;
                }
                Window w = windows.get(i);
                Instant began = Instant.now();
                String failure = null;
                try {
                    w.fault().begin();
                    pause(w.length());
                } catch (Exception e) {
                    failure = "begin: " + e;
                } finally {
                    try {
                        w.fault().end();
                    } catch (Exception | AssertionError e) {
                        failure = (failure == null ? "" : failure + "; ") + "end: " + e;
                    }
                }
                Instant ended = Instant.now();
                lastFaultEnded = ended;
                happened.add(new Happened(w.fault().name(), began, ended, failure));
            }
        } finally {
            done = true;
        }
    }

    private void pause(Duration d) {
        long until = System.currentTimeMillis() + d.toMillis();
        while (!stopped && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(Math.min(200, Math.max(1, until - System.currentTimeMillis()))); // a fault's length, not a wait for the system
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every fault has been begun and ended (or the schedule was stopped). */
    public boolean done() {
        return done;
    }

    /** When the last fault so far was put right; null before the first one ended. */
    public Instant lastFaultEnded() {
        return lastFaultEnded;
    }

    public List<Happened> happened() {
        return new ArrayList<>(happened);
    }

    /** Windows that could not be begun or ended cleanly. */
    public List<Happened> failures() {
        return happened.stream().filter(h -> h.failure() != null).toList();
    }

    /** Ends the fault in progress at once and begins no other; returns once it is put right. */
    public void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
