package org.samparksetu.intake.complaint;

import org.samparksetu.intake.text.CaptionRule;
import org.samparksetu.intake.text.ContentScreen;

/**
 * Where a complaint goes once it is complete, judged as a whole and once. In this order: a photo, voice note or
 * document whose words are only a cover note ({@link CaptionRule}) is read by a person; the same text again is
 * linked to the earlier complaint; empty (a pin that never got words), gibberish or abusive words are held; a
 * WhatsApp number that is flagged for False Cases, over its cap or sending a burst is held; everything else is
 * received and goes to the department. The per-number limits apply to WhatsApp only: an operator vouches for what
 * they type in, and an Open311 client is not a citizen's number.
 */
public final class ScreeningRule {
    public static final String CAP_EXCEEDED = "CAP_EXCEEDED";
    public static final String BURST = "BURST";
    public static final String FLAGGED_FALSE_CASE = "FLAGGED_FALSE_CASE";

    /** What becomes of the complaint. */
    public enum Outcome { TRANSCRIBE, LINK, HOLD, RECEIVE }

    /**
     * @param outcome  where it goes
     * @param reason   why it is held (EMPTY, GIBBERISH, ABUSIVE, FLAGGED_FALSE_CASE, CAP_EXCEEDED, BURST), else null
     * @param linkedTo the earlier complaint it repeats, else null
     */
    public record Screening(Outcome outcome, String reason, String linkedTo) {
        static Screening of(Outcome outcome) {
            return new Screening(outcome, null, null);
        }
    }

    /**
     * The district's per-number limits.
     *
     * @param quarantineFlagged whether a number flagged for a False Case has its complaints held
     * @param cap               complaints a number may file in the cap period
     * @param burst             complaints a number may file in the burst period
     */
    public record Limits(boolean quarantineFlagged, long cap, long burst) {
    }

    /**
     * What is known of a complete complaint and of its number.
     *
     * @param text              its words (texts and captions joined), or null
     * @param hasMedia          a photo, voice note, document or video is among its parts
     * @param hasPin            it carries a location
     * @param whatsApp          it came from a citizen's WhatsApp number
     * @param assembles         WhatsApp complaints are put together from several messages (a pin alone waited for
     *                          words); false when every message is a complaint of its own at once
     * @param earlierSameText   the number's earlier complaint with the same or nearly the same text, or null
     * @param flagged           the number is flagged for a False Case
     * @param filedInCapPeriod  complaints the number filed in the cap period before this one
     * @param filedInBurstPeriod complaints the number filed in the burst period before this one
     */
    public record Facts(String text, boolean hasMedia, boolean hasPin, boolean whatsApp, boolean assembles,
                        String earlierSameText, boolean flagged, long filedInCapPeriod, long filedInBurstPeriod) {
        boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    private ScreeningRule() {
    }

    public static Screening screen(Facts f, Limits limits) {
        if (f.hasMedia() && !CaptionRule.describesProblem(f.text())) {
            return Screening.of(Outcome.TRANSCRIBE);
        }
        String reason = null;
        if (f.hasText()) {
            if (f.earlierSameText() != null) {
                return new Screening(Outcome.LINK, null, f.earlierSameText());
            }
            reason = ContentScreen.reasonToHold(f.text()).orElse(null);
        } else if (!f.hasPin() || (f.whatsApp() && f.assembles())) {
            // nothing to act on: no words, no media, and a pin alone waited for words that never came
            reason = ContentScreen.EMPTY;
        }
        if (reason == null && f.whatsApp()) {
            reason = overLimits(f, limits);
        }
        return reason != null ? new Screening(Outcome.HOLD, reason, null) : Screening.of(Outcome.RECEIVE);
    }

    private static String overLimits(Facts f, Limits limits) {
        if (limits.quarantineFlagged() && f.flagged()) {
            return FLAGGED_FALSE_CASE;
        }
        if (f.filedInCapPeriod() >= limits.cap()) {
            return CAP_EXCEEDED;
        }
        if (f.filedInBurstPeriod() >= limits.burst()) {
            return BURST;
        }
        return null;
    }
}
