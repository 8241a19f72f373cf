package org.samparksetu.bridge.transfer;

/** CDI event: a move to make by the portal's API became due in the current transaction; wakes the transferrer after commit. */
public enum TransferQueued {
    INSTANCE
}
