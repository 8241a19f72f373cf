package org.samparksetu.bridge.actionreport;

import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.web.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An action-taken report whose own fields passed the checks (400 naming the field otherwise), whoever sent it.
 * Needs no database: whether the complaint exists and whose it is are the service's to check.
 */
record CheckedReport(String complaintId, DisposalOutcome outcome, String remarks, String officer, String reportId,
                     List<ActionPhoto> photos, String expectedBy) {
    static final int REMARKS_MAX = 4000;
    static final int SHORT_MAX = 200;
    static final int PHOTOS_MAX = 10;
    static final int EXPECTED_BY_LENGTH = "2026-04-15".length();
    private static final String OUTCOMES = Arrays.stream(DisposalOutcome.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** Checks the request; a report without its own ID gets a new one (REST only: Kafka must bring its own). */
    static CheckedReport of(ActionReportRequest request) {
        if (request == null) {
            throw ApiException.badRequest("request body is required: {\"complaintId\", \"outcome\", \"remarks\", \"officer\"}");
        }
        String complaintId = required("complaintId", request.complaintId(), SHORT_MAX);
        DisposalOutcome outcome = outcome(required("outcome", request.outcome(), SHORT_MAX));
        String remarks = required("remarks", request.remarks(), REMARKS_MAX);
        String officer = required("officer", request.officer(), SHORT_MAX);
        String reportId = request.reportId();
        if (reportId != null && (reportId.isBlank() || reportId.length() > SHORT_MAX)) {
            throw ApiException.badRequest("field 'reportId' must be 1 to " + SHORT_MAX + " characters when given");
        }
        return new CheckedReport(complaintId.strip(), outcome, remarks.strip(), officer.strip(),
                reportId == null ? UUID.randomUUID().toString() : reportId.strip(), photos(request.photos()),
                expectedBy(outcome, request.expectedBy()));
    }

    /**
     * Interim relief's date, as an ISO date (400 naming the field otherwise). Only interim relief promises a date: on
     * any other outcome it means nothing and is not passed on. Whether the date is sensible (past, too far ahead) is
     * verification's to judge ({@code InterimClockRule}), not a reason to refuse the report.
     */
    static String expectedBy(DisposalOutcome outcome, String expectedBy) {
        if (expectedBy == null || expectedBy.isBlank()) {
            return null;
        }
        String date = expectedBy.strip();
        try {
            if (date.length() != EXPECTED_BY_LENGTH) {
                throw new DateTimeParseException("not yyyy-MM-dd", date, 0);
            }
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("field 'expectedBy' must be a date written yyyy-MM-dd, e.g. 2026-04-15");
        }
        return outcome == DisposalOutcome.INTERIM_RELIEF ? date : null;
    }

    static DisposalOutcome outcome(String text) {
        try {
            return DisposalOutcome.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field 'outcome' must be one of " + OUTCOMES + ", not '" + text + "'");
        }
    }

    static List<ActionPhoto> photos(List<ActionPhoto> photos) {
        if (photos == null || photos.isEmpty()) {
            return List.of();
        }
        if (photos.size() > PHOTOS_MAX) {
            throw ApiException.badRequest("at most " + PHOTOS_MAX + " photos per report");
        }
        for (int i = 0; i < photos.size(); i++) {
            ActionPhoto p = photos.get(i);
            String field = "photos[" + i + "]";
            if (p == null || p.url() == null || !(p.url().startsWith("https://") || p.url().startsWith("http://"))
                    || p.url().length() > 2000) {
                throw ApiException.badRequest("field '" + field + ".url' must be an http(s) link to the photo");
            }
            if (p.sha256() != null && !p.sha256().matches("[0-9a-fA-F]{64}")) {
                throw ApiException.badRequest("field '" + field + ".sha256' must be 64 hex digits when given");
            }
            if (p.location() != null && (Math.abs(p.location().latitude()) > 90 || Math.abs(p.location().longitude()) > 180
                    || (p.location().latitude() == 0 && p.location().longitude() == 0))) {
                throw ApiException.badRequest("field '" + field + ".location' must be the photo's GPS latitude (-90..90) and longitude (-180..180)");
            }
        }
        return List.copyOf(photos);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("field '" + field + "' is required");
        }
        if (value.length() > max) {
            throw ApiException.badRequest("field '" + field + "' is longer than " + max + " characters");
        }
        return value;
    }
}
