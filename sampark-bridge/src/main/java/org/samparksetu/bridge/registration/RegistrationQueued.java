package org.samparksetu.bridge.registration;

/** CDI event: a registration became due in the current transaction; observed after commit to wake the registrar. */
public enum RegistrationQueued {
    INSTANCE
}
