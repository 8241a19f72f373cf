package org.samparksetu.testing.chaos;

/**
 * Something that goes wrong for a while and then stops: a killed service, a database that refuses connections, an
 * outage of the portal or of WhatsApp. {@link FaultWindow} and {@link ChaosSchedule} decide how long it lasts.
 */
public interface Fault {
    /** What a report calls it, e.g. {@code kill -9 routing-service}. */
    String name();

    /** Makes it go wrong. */
    void begin() throws Exception;

    /** Puts it right again; returns once the part is back (a restarted service answers ready). */
    void end() throws Exception;
}
