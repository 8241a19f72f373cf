package org.samparksetu.testing.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for services a test or benchmark starts. Not from the OS's ephemeral range (what {@code new ServerSocket(0)}
 * hands out): between the check and the service's own bind, any outgoing connection on the box (Kafka clients open
 * many) may be given that same port as its local end, and the service then fails with "port in use". Below the
 * ephemeral range only listeners take ports; each port is handed out once per JVM.
 */
public final class Ports {
    private static final int FROM = 20_000;
    private static final int TO = 32_000; // Linux's ephemeral range starts at 32768
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    public static int free() {
        for (int tries = 0; tries < 1_000; tries++) {
            int port = ThreadLocalRandom.current().nextInt(FROM, TO);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FROM + " and " + TO);
    }

    private static boolean bindable(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
