package org.samparksetu.simulators;

import com.sun.net.httpserver.HttpServer;
import org.samparksetu.simulators.http.Http;
import org.samparksetu.simulators.sampark.SamparkPortalSimulator;
import org.samparksetu.simulators.whatsapp.WhatsAppCloudSimulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The WhatsApp Cloud API and Rajasthan Sampark portal simulators on one HTTP port. Embeddable: a test
 * starts it on port 0 and reads {@link #baseUrl()}.
 */
public final class Simulators implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final WhatsAppCloudSimulator whatsapp;
    private final SamparkPortalSimulator sampark;

    private Simulators(SimulatorSettings settings) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 256);
        // Threads per request: injected latency and timeouts must not hold up other callers.
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        whatsapp = new WhatsAppCloudSimulator(settings);
        sampark = new SamparkPortalSimulator(settings);
        whatsapp.register(server);
        sampark.register(server);
        server.createContext("/q/health", ex -> Http.json(ex, 200, Map.of("status", "UP")));
        server.start();
    }

    public static Simulators start(SimulatorSettings settings) {
        try {
            return new Simulators(settings);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the simulators on port " + settings.port() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public WhatsAppCloudSimulator whatsapp() {
        return whatsapp;
    }

    public SamparkPortalSimulator sampark() {
        return sampark;
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
