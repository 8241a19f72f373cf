package org.samparksetu.testing.chaos;

import org.samparksetu.testing.system.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One or several services killed at once as {@code kill -9} does, mid-flow, and started again as they first started
 * once the fault ends; the end returns when every one answers ready. A kill never waits for a quiet moment.
 */
public final class ServiceCrash implements Fault {
    private final List<ServiceProcess> services;
    private final Path logs;
    private final Duration readyWithin;

    public ServiceCrash(List<ServiceProcess> services, Path logs, Duration readyWithin) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("no service to kill");
        }
        this.services = List.copyOf(services);
        this.logs = logs;
        this.readyWithin = readyWithin;
    }

    @Override
    public String name() {
        return "kill -9 " + services.stream().map(s -> s.name).collect(Collectors.joining(" + "));
    }

    @Override
    public void begin() throws Exception {
        for (ServiceProcess s : services) {
            s.kill();
        }
    }

    @Override
    public void end() throws Exception {
        for (ServiceProcess s : services) {
            s.restart(logs, Map.of());
        }
        for (ServiceProcess s : services) {
            s.awaitReady(readyWithin);
        }
    }
}
