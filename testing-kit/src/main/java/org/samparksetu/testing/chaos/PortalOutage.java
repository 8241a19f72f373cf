package org.samparksetu.testing.chaos;

import org.samparksetu.simulators.sampark.SamparkPortalSimulator;

/**
 * The Sampark portal is down: every call (registration, transfer, reads) answers 503 until the outage ends. The
 * simulator's own outage is bounded by a time; this one lasts until {@link #end()}, so the schedule decides.
 */
public final class PortalOutage implements Fault {
    private static final long A_DAY_MILLIS = 86_400_000L;
    private final SamparkPortalSimulator portal;

    public PortalOutage(SamparkPortalSimulator portal) {
        this.portal = portal;
    }

    @Override
    public String name() {
        return "Sampark portal outage";
    }

    @Override
    public void begin() {
        portal.injectFault("OUTAGE", 503, A_DAY_MILLIS, 1);
    }

    @Override
    public void end() {
        portal.clearFaults();
    }
}
