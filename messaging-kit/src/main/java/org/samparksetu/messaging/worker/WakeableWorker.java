package org.samparksetu.messaging.worker;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One background thread that works off a database queue in rounds: a full round runs the next one at once (more
 * is waiting); a short round waits until {@link #wake()} (called after a commit that queued work) or until the
 * idle interval passes, so that work queued by another instance or left by a crash is found too. A failing round
 * (an Error included) is reported and retried after the idle interval; it never ends the thread. Used by the outbox relay, the Sampark
 * registrar and the WhatsApp sender, which differ only in what a round does.
 */
public final class WakeableWorker {

    /** One round of work; returns how many items it handled. */
    @FunctionalInterface
    public interface Round {
        int run() throws InterruptedException;
    }

    private final String name;
    private final Round round;
    private final int fullRound;
    private final Duration idle;
    private final Consumer<RuntimeException> onFailure;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    /**
     * @param fullRound a round that handled at least this many items is followed at once by the next
     * @param onFailure told of a failed round (log it, count it); the round is retried after {@code idle}
     */
    public WakeableWorker(String name, Round round, int fullRound, Duration idle, Consumer<RuntimeException> onFailure) {
        this.name = name;
        this.round = round;
        this.fullRound = fullRound;
        this.idle = idle;
        this.onFailure = onFailure;
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the current round, waiting at most {@code atMost} for it. */
    public synchronized void stop(Duration atMost) {
        running.set(false);
        wake.release();
        if (thread != null) {
            try {
                thread.join(atMost.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Work was queued: run a round now rather than at the end of the idle interval. */
    public void wake() {
        wake.release();
    }

    private void loop() {
        while (running.get()) {
            try {
                if (round.run() >= fullRound) {
                    continue; // more is waiting: do not sleep
                }
                wake.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                if (!running.get()) {
                    return;
                }
                Thread.interrupted(); // a stray interrupt (e.g. a fault-tolerance timeout) must not end the loop
            } catch (RuntimeException e) {
                onFailure.accept(e);
                pause();
            } catch (Error e) {
                // an OutOfMemoryError from one oversized item must not end the loop for every item after it
                onFailure.accept(new IllegalStateException(e.toString(), e));
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(idle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
