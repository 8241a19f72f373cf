package org.samparksetu.testing.ops;

import org.samparksetu.testing.Infrastructure;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Prometheus tools for the ops tests: installs them through {@code deploy/ensure-prometheus} when missing
 * (CI starts on a machine without them), and runs {@code promtool} or a repository script, keeping its output.
 */
public final class Promtool {
    static final String PROMETHEUS = System.getProperty("test.prometheus", "/usr/bin/prometheus");
    static final String PROMTOOL = System.getProperty("test.promtool", "/usr/bin/promtool");

    /** What a command printed (stdout and stderr together) and how it ended. */
    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Promtool() {
    }

    /** Installs Prometheus and promtool unless both are there. */
    public static synchronized void ensureInstalled() {
        if (new File(PROMETHEUS).canExecute() && new File(PROMTOOL).canExecute()) {
            return;
        }
        Path script = Infrastructure.repositoryRoot().resolve("deploy/ensure-prometheus");
        Result r = run(Infrastructure.repositoryRoot(), 10, "bash", script.toString());
        if (!r.succeeded()) {
            throw new IllegalStateException("deploy/ensure-prometheus failed: Prometheus is needed for the ops tests\n"
                    + r.output());
        }
    }

    /** {@code promtool <args>} in {@code dir} (relative paths in rule test files are read from there). */
    public static Result promtool(Path dir, String... args) {
        ensureInstalled();
        List<String> command = new ArrayList<>();
        command.add(PROMTOOL);
        command.addAll(List.of(args));
        return run(dir, 2, command.toArray(String[]::new));
    }

    /** Runs a command to its end (at most {@code minutes}), its output kept. */
    static Result run(Path dir, int minutes, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes(); // ends when the process closes its output
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + minutes + " min");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
