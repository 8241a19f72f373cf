package org.samparksetu.console.cell;

import org.samparksetu.console.cell.AgeRule.Age;
import org.samparksetu.console.cell.InboxRule.Section;

import java.time.Instant;
import java.util.List;

/** What the grievance cell's inbox shows: each section's items (oldest first) and the one section opened. */
public record Inbox(List<Tab> tabs, Section open, Tab shown) {

    /**
     * One section: its items, or why it could not be loaded (then {@code problem} is the service's sentence or null,
     * and the page says the list is not available).
     */
    public record Tab(Section section, String slug, String label, List<? extends InboxRule.Waiting> items,
                      boolean failed, String problem, Age oldest) {
        public int count() {
            return items.size();
        }

        public String emptyKey() {
            return "tab_empty_" + section.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One of the classifier's suggestions for a complaint in triage. */
    public record Suggestion(String code, String name, int percent) {
    }

    public record Triage(String reference, String text, String place, String reason, List<Suggestion> suggestions,
                         String holder, String holderName, String claimedBy, Instant waitingSince, Age age)
            implements InboxRule.Waiting {
        /** The department preselected in the form: the one holding it, else the classifier's first suggestion. */
        public String preselected() {
            return holder != null ? holder : suggestions.isEmpty() ? null : suggestions.get(0).code();
        }
    }

    /** A photo, voice note, document or text the citizen sent with a complaint to transcribe. */
    public record Part(String kind, String text, String url, String mediaError) {
    }

    public record Transcription(String reference, String citizen, String place, List<Part> parts,
                                Instant waitingSince, Age age) implements InboxRule.Waiting {
    }

    public record Held(String reference, String citizen, String text, String reason, String place,
                       Instant waitingSince, Age age) implements InboxRule.Waiting {
    }

    public record FieldCheck(String id, String complaintId, String department, String verifier, String verdict,
                             String remarks, String flagReason, String distance, String radius, String place,
                             boolean photo, Instant dueAt, Instant waitingSince, Age age) implements InboxRule.Waiting {
        @Override
        public String reference() {
            return complaintId;
        }
    }

    public record Call(String reference, String phone, long failedMessages, String lastError, Instant waitingSince,
                       Age age) implements InboxRule.Waiting {
    }

    /** A department for the forms' lists, in both languages (the template picks the page's). */
    public record DepartmentOption(String code, String nameHi, String nameEn) {
    }
}
