package org.samparksetu.testing.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ports for the services a test starts: below the ephemeral range, bindable, never handed out twice. */
class PortsTest {

    @Test
    void aPortIsBelowTheEphemeralRangeAndCanBeListenedOn() throws IOException {
        int port = Ports.free();
        assertThat(port).isBetween(20_000, 31_999);
        try (ServerSocket s = new ServerSocket(port)) {
            assertThat(s.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theSameJvmNeverGetsOnePortTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(ports.add(Ports.free())).as("port %d handed out once", i).isTrue();
        }
    }

    @Test
    void aPortSomeoneListensOnIsNotHandedOut() throws IOException {
        // hold a block of ports, a thirtieth of the range: 300 picks land in it about ten times, and must be skipped
        Set<Integer> held = new HashSet<>();
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int p = 20_000; p < 20_400; p++) {
                try {
                    sockets.add(new ServerSocket(p));
                    held.add(p);
                } catch (IOException busy) {
                    // someone else's: equally not free
                }
            }
            for (int i = 0; i < 300; i++) {
                assertThat(held).doesNotContain(Ports.free());
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
