package org.samparksetu.console.cell;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order of the grievance cell's inbox: within a section, what has waited longest comes first (an item without a
 * time last, then by its reference so the order is stable between reloads); and which section opens when the person
 * did not choose one: the one holding the longest wait of all, so the oldest work is in front of them first.
 */
public final class InboxRule {
    /** The inbox's sections, in the order of its tabs. */
    public enum Section {
        TRIAGE, TRANSCRIPTION, QUARANTINE, FIELD_CHECKS, DELIVERIES;

        /** The section's name in the address ({@code ?tab=field-checks}). */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Section fromSlug(String slug) {
            for (Section s : values()) {
                if (s.slug().equals(slug)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** Anything waiting: since when, and its reference (a complaint number, a field check). */
    public interface Waiting {
        Instant waitingSince();

        String reference();
    }

    private InboxRule() {
    }

    public static <T extends Waiting> List<T> oldestFirst(List<T> items) {
        return items.stream().sorted(Comparator.comparing(Waiting::waitingSince,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Waiting::reference, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /**
     * @param asked    the tab in the address, or null
     * @param oldest   each section's longest wait (absent or null when the section is empty or has no times)
     */
    public static Section open(String asked, Map<Section, Instant> oldest) {
        Section chosen = Section.fromSlug(asked);
        if (chosen != null) {
            return chosen;
        }
        Section first = null;
        Instant earliest = null;
        for (Section s : Section.values()) {
            Instant t = oldest.get(s);
            if (t != null && (earliest == null || t.isBefore(earliest))) {
                first = s;
                earliest = t;
            }
        }
        return first != null ? first : Section.TRIAGE;
    }
}
