package org.samparksetu.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate whatever the server does (open loop), and measures each latency from
 * the moment the request was DUE, not from when it left, so a stalled server is not hidden
 * (coordinated omission). A cap on requests in flight keeps a saturated run from exhausting the client.
 *
 * <p>The requests go out over plain keep-alive HTTP/1.1 sockets, pre-encoded, one blocking thread per
 * connection: on a two-core box the load generator shares the CPU with what it measures, and the JDK's
 * HttpClient spent more than one core at 1,000 requests/s (seen 2026-12-01), so it measured itself.
 */
final class OpenLoop {
    record Result(String label, int targetRate, double achievedRate, long sent, long ok, long errors, long shed,
                  Map<Integer, Long> statuses, Histogram latency, double seconds, long startEpochMillis) {
        String json() {
            return String.format(java.util.Locale.ROOT,
                    "{\"label\":\"%s\",\"target_rate\":%d,\"achieved_rate\":%.1f,\"sent\":%d,\"ok\":%d,\"errors\":%d,\"shed\":%d,"
                            + "\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,\"p999_ms\":%.2f,\"max_ms\":%.2f,\"statuses\":\"%s\",\"seconds\":%.1f}",
                    label, targetRate, achievedRate, sent, ok, errors, shed,
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)),
                    ms(latency.getMaxValue()), statuses, seconds);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    /** One due request: which one, and when it should have left. */
    private record Due(int index, long dueNanos) {
    }

    private static final Due STOP = new Due(-1, 0);
    /** Connections (and threads) at most; a request waits for a free one, its wait counted in its latency. */
    private static final int CONNECTIONS = 128;

    Result run(String label, URI url, SignedWebhooks.Signed[] requests, int rate, Duration duration, int maxInFlight) {
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        LinkedBlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        byte[][] encoded = encode(url, requests);
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < Math.min(CONNECTIONS, maxInFlight); c++) {
            Thread t = new Thread(() -> connection(url, encoded, queue, latency, statuses, ok, errors, inFlight), "load-" + c);
            t.setDaemon(true);
            t.start();
            connections.add(t);
        }
        long shed = 0;
        long total = Math.min(requests.length, (long) rate * duration.toSeconds());
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long startEpochMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long sent = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                shed++; // the server cannot keep up: counted, not queued without bound
                continue;
            }
            sent++;
            queue.add(new Due((int) i, due));
        }
        connections.forEach(t -> queue.add(STOP));
        // wait for the stragglers, at most 30 s
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread t : connections) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                t.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(label, rate, ok.get() / seconds, sent, ok.get(), errors.get(), shed,
                new TreeMap<>(statuses), latency, seconds, startEpochMillis);
    }

    private static byte[][] encode(URI url, SignedWebhooks.Signed[] requests) {
        byte[][] out = new byte[requests.length][];
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String host = url.getHost() + ":" + url.getPort();
        for (int i = 0; i < requests.length; i++) {
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "X-Hub-Signature-256: " + requests[i].signature() + "\r\nContent-Length: " + requests[i].body().length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] whole = new byte[head.length + requests[i].body().length];
            System.arraycopy(head, 0, whole, 0, head.length);
            System.arraycopy(requests[i].body(), 0, whole, head.length, requests[i].body().length);
            out[i] = whole;
        }
        return out;
    }

    private static void connection(URI url, byte[][] encoded, LinkedBlockingQueue<Due> queue, Histogram latency,
                                   Map<Integer, Long> statuses, AtomicLong ok, AtomicLong errors, AtomicInteger inFlight) {
        Socket socket = null;
        InputStream in = null;
        OutputStream out = null;
        try {
            while (true) {
                Due due = queue.take();
                if (due == STOP) {
                    return;
                }
                int status = -1;
                for (int attempt = 0; attempt < 2 && status < 0; attempt++) {
                    try {
                        if (socket == null) {
                            socket = new Socket();
                            socket.setTcpNoDelay(true);
                            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
                            socket.setSoTimeout(30_000);
                            in = new BufferedInputStream(socket.getInputStream(), 8192);
                            out = socket.getOutputStream();
                        }
                        out.write(encoded[due.index()]);
                        out.flush();
                        status = readResponse(in);
                    } catch (IOException e) {
                        close(socket);
                        socket = null; // the server closed a kept-alive connection: one new connection, one retry
                    }
                }
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due.dueNanos());
                latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                if (status == 200) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                if (status > 0) {
                    statuses.merge(status, 1L, Long::sum);
                }
                inFlight.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(socket);
        }
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked body, discarded) and returns its status code. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        String header;
        while (!(header = line(in)).isEmpty()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            long size;
            while ((size = Long.parseLong(line(in).split(";")[0].trim(), 16)) > 0) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else {
            skip(in, length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing to do
            }
        }
    }
}
