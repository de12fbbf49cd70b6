package com.savweb.core.config;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time of changes, to the millisecond: what is stored is exactly what is read back, and
 * time-ordered sort keys compare as stored.
 */
@Singleton
public class SavClock {

    /** Now, truncated to milliseconds. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
