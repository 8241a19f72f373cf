package org.samparksetu.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Intake's own settings under {@code intake.*}: assembling complaints, misuse limits and media storage. */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    ComplaintWindow complaint();

    Abuse abuse();

    Media media();

    Webhook webhook();

    /**
     * Processing of archived webhooks. A webhook is answered once its raw body is committed; workers then file its
     * messages and statuses from the archive, each citizen's webhooks always on the same worker so they stay in order.
     */
    interface Webhook {
        /**
         * Worker threads; webhooks are spread over them by citizen. 0: this instance only answers and archives (an
         * instance that only files takes the load of filing off the one Meta waits for). Every instance that files
         * must use the same number: it is what spreads the citizens over the workers.
         */
        @WithDefault("2")
        int processors();

        /** How often a worker looks for queued webhooks it was not woken for (another instance's, a crash's, retries). */
        @WithDefault("1s")
        Duration pollInterval();

        /** A webhook whose processing failed is tried again after this long, doubling each time. */
        @WithDefault("5s")
        Duration retryBackoff();

        /** After this many failed attempts the webhook is marked FAILED and left for an operator; its body is kept. */
        @WithDefault("8")
        int retryMaxAttempts();

        /**
         * Up to this many waiting webhooks of one worker are filed in one transaction: a commit, a session and the
         * outbox relay's wake-up shared instead of paid per webhook (commit and claim were 16% of filing).
         * When a batch fails, each of its webhooks is filed again on its own, so one bad webhook costs the others
         * only time. 1: every webhook its own transaction.
         */
        @WithDefault("20")
        int batchSize();
    }

    interface ComplaintWindow {
        /**
         * A WhatsApp complaint is acknowledged at its first message and complete once the citizen has sent nothing
         * for {@link #quiet()} after its last part, but at most this long after its first words or media (text,
         * photos, voice notes, a location all join it). Zero: every message is a complaint of its own, finished at
         * once, and acknowledged only when it is received.
         */
        @WithDefault("90s")
        Duration window();

        /** How long after its last part a complaint being put together is complete (capped by {@link #window()}). */
        @WithDefault("20s")
        Duration quiet();

        /** How long a location pin sent without any words waits for the words (then it is held as EMPTY). */
        @WithDefault("10m")
        Duration locationWait();

        /** How often complaints whose window has closed are looked for. */
        @WithDefault("1s")
        Duration sweepInterval();
    }

    interface Abuse {
        /** At most this many complaints per number per {@link #capPeriod()} (UP and CPGRAMS use 10 a month). */
        @WithDefault("10")
        int cap();

        @WithDefault("30d")
        Duration capPeriod();

        /** At most this many complaints per number per {@link #burstPeriod()}. */
        @WithDefault("3")
        int burst();

        @WithDefault("10m")
        Duration burstPeriod();

        /** The same or nearly the same text from one number within this long is linked to the earlier complaint. */
        @WithDefault("30d")
        Duration duplicatePeriod();

        /** Word-set similarity (0..1) from which two texts count as "nearly the same". */
        @WithDefault("0.8")
        double duplicateSimilarity();

        /** How often blocked numbers that wrote since their blocking are looked for, to be told once. */
        @WithDefault("2s")
        Duration blockNoticeInterval();

        /** Whether new complaints from a number flagged for a "False Case" disposal go to quarantine for review. */
        @WithDefault("true")
        boolean quarantineFlagged();

        /**
         * New numbers (first contact, any door) in an hour beyond which each further one is counted in
         * {@code intake.new.citizens.flood} for the grievance cell's alert; their complaints are still taken.
         */
        @WithDefault("200")
        int newCitizensPerHour();
    }

    interface Media {
        /** Download media at intake time (off: keep only the WhatsApp media id). */
        @WithDefault("true")
        boolean download();

        /**
         * How long one Graph call of a media download may wait for its answer. Short, because a webhook filer waits
         * for it and the citizen's other webhooks queue behind it; what does not make it goes to the retry queue,
         * which has seven days.
         */
        @WithDefault("3s")
        java.time.Duration requestTimeout();

        /**
         * The media folder of an earlier version (files at {@code <dir>/<sha256[0..2]>/<sha256>}), imported into the
         * database at start when it exists ({@code MediaImport}); media are stored in the database now. The old
         * default, so that a single instance upgraded as it was imports its folder without being told.
         */
        @WithDefault("data/media")
        String dir();

        /** Per-type limits in bytes (Meta's own inbound limits by default). */
        @WithDefault("5242880")
        long imageMaxBytes();

        @WithDefault("16777216")
        long audioMaxBytes();

        @WithDefault("16777216")
        long videoMaxBytes();

        @WithDefault("104857600")
        long documentMaxBytes();

        @WithDefault("512000")
        long stickerMaxBytes();

        /** The retry queue's first wait after a download failed for good in the request; doubled each time. */
        @WithDefault("1m")
        Duration retryBackoff();

        /** Attempts from the retry queue before giving up (the media id lives seven days in any case). */
        @WithDefault("10")
        int retryMaxAttempts();

        /** How often the retry queue looks for media due another attempt. */
        @WithDefault("5s")
        Duration retrySweepInterval();

        default long maxBytes(String type) {
            return switch (type) {
                case "image" -> imageMaxBytes();
                case "audio" -> audioMaxBytes();
                case "video" -> videoMaxBytes();
                case "sticker" -> stickerMaxBytes();
                default -> documentMaxBytes();
            };
        }
    }
}
