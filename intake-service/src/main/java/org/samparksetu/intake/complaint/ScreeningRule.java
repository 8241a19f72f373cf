package org.samparksetu.intake.complaint;

import org.samparksetu.intake.text.CaptionRule;
import org.samparksetu.intake.text.ContentScreen;

/**
 * Where a complaint goes once it is complete, judged as a whole and once. In this order: a photo, voice note or
 * document whose words are only a cover note ({@link CaptionRule}) is read by a person, unless the number's limits
 * hold it first (a photo alone counts like words); the same text again is linked to the earlier complaint; empty (a
 * pin that never got words), gibberish or abusive words are held; a complaint the number's limits hold (flagged for
 * False Cases, over its cap, a burst: decided for every door by {@code citizen.AbuseRule}) is held for an operator;
 * everything else is received and goes to the department.
 */
public final class ScreeningRule {

    /** What becomes of the complaint. */
    public enum Outcome { TRANSCRIBE, LINK, HOLD, RECEIVE }

    /**
     * @param outcome  where it goes
     * @param reason   why it is held (EMPTY, GIBBERISH, ABUSIVE, or the number's limit: FLAGGED_FALSE_CASE,
     *                 CAP_EXCEEDED, BURST), else null
     * @param linkedTo the earlier complaint it repeats, else null
     */
    public record Screening(Outcome outcome, String reason, String linkedTo) {
        static Screening of(Outcome outcome) {
            return new Screening(outcome, null, null);
        }
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
     * @param heldByLimits      the number's limit that needs an operator to let this complaint on, else null
     */
    public record Facts(String text, boolean hasMedia, boolean hasPin, boolean whatsApp, boolean assembles,
                        String earlierSameText, String heldByLimits) {
        boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    private ScreeningRule() {
    }

    public static Screening screen(Facts f) {
        if (f.hasMedia() && !CaptionRule.describesProblem(f.text())) {
            // nobody should spend time reading what the number's limits hold anyway
            return f.heldByLimits() != null ? new Screening(Outcome.HOLD, f.heldByLimits(), null) : Screening.of(Outcome.TRANSCRIBE);
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
        if (reason == null) {
            reason = f.heldByLimits();
        }
        return reason != null ? new Screening(Outcome.HOLD, reason, null) : Screening.of(Outcome.RECEIVE);
    }
}
