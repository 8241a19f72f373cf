package org.samparksetu.intake.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a WhatsApp complaint that is being put together is complete. The citizen has its number from the first
 * message; the parts that follow (a photo, the pin, one more sentence) join it until the citizen has been quiet for
 * {@code quiet} after the last part, but never longer than {@code window} from the first words or media, so a
 * chatty citizen cannot hold a complaint back from the department. A pin alone is not a complaint yet: it waits
 * {@code locationWait} for the words, and the cap counts from when they come.
 *
 * @param quiet        how long after the last part the complaint is complete
 * @param window       the cap, from the first words or media; zero: no assembling at all, every message is finished
 *                     at once (and nobody is told anything before the complaint is)
 * @param locationWait how long a pin alone waits for the words that say what is wrong there
 */
public record AssemblyWindow(Duration quiet, Duration window, Duration locationWait) {

    public AssemblyWindow {
        Objects.requireNonNull(quiet);
        Objects.requireNonNull(window);
        Objects.requireNonNull(locationWait);
        if (quiet.isNegative() || window.isNegative() || locationWait.isNegative()) {
            throw new IllegalArgumentException("complaint quiet period, window and location wait must not be negative");
        }
    }

    /** The district's settings as one rule; read each time, so a test profile's values apply. */
    public static AssemblyWindow of(org.samparksetu.intake.IntakeConfig.ComplaintWindow settings) {
        return new AssemblyWindow(settings.quiet(), settings.window(), settings.locationWait());
    }

    /** False for a zero window: each message is a complaint of its own, finished at once, as before assembling. */
    public boolean assembles() {
        return !window.isZero();
    }

    /**
     * When the draft is complete.
     *
     * @param firstMessageAt when its first message (perhaps a pin) came
     * @param firstContentAt when its first words or media came; null while it is a pin alone
     * @param lastPartAt     when its latest part came
     */
    public Instant closesAt(Instant firstMessageAt, Instant firstContentAt, Instant lastPartAt) {
        if (firstContentAt == null) {
            return firstMessageAt.plus(locationWait);
        }
        Instant afterQuiet = lastPartAt.plus(quiet);
        Instant cap = firstContentAt.plus(window);
        return afterQuiet.isBefore(cap) ? afterQuiet : cap;
    }
}
