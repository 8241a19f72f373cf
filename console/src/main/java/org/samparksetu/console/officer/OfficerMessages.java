package org.samparksetu.console.officer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.samparksetu.console.shell.LanguageRule;

/**
 * The officer's and the evidence officer's words, Hindi first ({@code messages/officer_hi.properties}) and English
 * ({@code messages/officer_en.properties}); templates use them as {@code {officer:key}}.
 */
@MessageBundle(value = "officer", locale = LanguageRule.HINDI)
public interface OfficerMessages {
    @Message
    String list_title();

    @Message
    String list_subtitle();

    @Message
    String list_overdue_count(Object n);

    @Message
    String list_none();

    @Message
    String list_failed();

    @Message
    String col_complaint();

    @Message
    String col_subject();

    @Message
    String col_level();

    @Message
    String col_state();

    @Message
    String col_registered();

    @Message
    String col_age();

    @Message
    String col_due();

    @Message
    String col_open();

    @Message
    String open_complaint();

    @Message
    String age_days(Object days);

    @Message
    String sla_overdue(Object days, Object hours);

    @Message
    String sla_due_today(Object hours);

    @Message
    String sla_due(Object days, Object hours);

    @Message
    String sla_none();

    @Message
    String state_REGISTERED();

    @Message
    String state_ACTION_REPORTED();

    @Message
    String state_VERIFYING();

    @Message
    String state_REOPENED();

    @Message
    String state_CLOSED();

    @Message
    String state_WITHDRAWN();

    @Message
    String back_to_list();

    @Message
    String complaint_title(Object id);

    @Message
    String grievance_id();

    @Message
    String department();

    @Message
    String registered_at();

    @Message
    String due_at();

    @Message
    String level();

    @Message
    String marked_false();

    @Message
    String interim_current(Object reason, Object date);

    @Message
    String complaint_text();

    @Message
    String citizen_files_title();

    @Message
    String citizen_photo_alt(Object id);

    @Message
    String citizen_file_open();

    @Message
    String place();

    @Message
    String timeline_title();

    @Message
    String timeline_none();

    @Message
    String event_registered();

    @Message
    String event_transferred();

    @Message
    String event_reported();

    @Message
    String event_citizen_answered();

    @Message
    String event_field_check();

    @Message
    String event_rated();

    @Message
    String event_reopened();

    @Message
    String event_closed();

    @Message
    String answers_title();

    @Message
    String answers_none();

    @Message
    String answer_fixed();

    @Message
    String answer_not_fixed();

    @Message
    String answer_dont_know();

    @Message
    String answer_awaited();

    @Message
    String answer_rating(Object rating);

    @Message
    String photos_title();

    @Message
    String photos_none();

    @Message
    String photo_alt(Object id);

    @Message
    String report_title();

    @Message
    String report_help();

    @Message
    String report_outcome();

    @Message
    String outcome_RELIEF();

    @Message
    String outcome_NOT_POSSIBLE();

    @Message
    String outcome_REJECTED();

    @Message
    String outcome_FALSE_CASE();

    @Message
    String outcome_FILED();

    @Message
    String outcome_INTERIM_RELIEF();

    @Message
    String report_remarks(int max);

    @Message
    String report_photo();

    @Message
    String report_photo_help();

    @Message
    String report_gps();

    @Message
    String report_gps_waiting();

    @Message
    String report_gps_got(String lat, String lon);

    @Message
    String report_gps_none();

    @Message
    String report_submit();

    @Message
    String report_closed();

    @Message
    String interim_title();

    @Message
    String interim_help();

    @Message
    String interim_reason(int max);

    @Message
    String interim_expected_by();

    @Message
    String interim_submit();

    @Message
    String done_report_filed();

    @Message
    String done_interim_sent();

    @Message
    String report_bad_outcome();

    @Message
    String report_remarks_missing();

    @Message
    String report_remarks_long();

    @Message
    String report_photo_missing();

    @Message
    String report_photo_large();

    @Message
    String report_photo_not_image();

    @Message
    String report_gps_bad();

    @Message
    String report_failed();

    @Message
    String interim_reason_missing();

    @Message
    String interim_reason_long();

    @Message
    String interim_date_missing();

    @Message
    String interim_date_bad();

    @Message
    String interim_date_past();

    @Message
    String interim_date_far();

    @Message
    String interim_failed();

    @Message
    String service_says();

    @Message
    String unavailable();

    @Message
    String refused_title();

    @Message
    String refused_text();

    @Message
    String evidence_title();

    @Message
    String evidence_subtitle();

    @Message
    String evidence_number();

    @Message
    String evidence_number_help();

    @Message
    String evidence_reason(int max);

    @Message
    String evidence_submit();

    @Message
    String evidence_found(Object number);

    @Message
    String evidence_complaints();

    @Message
    String evidence_no_complaints();

    @Message
    String evidence_messages(Object n);

    @Message
    String evidence_signed();

    @Message
    String evidence_download();

    @Message
    String evidence_download_field();

    @Message
    String evidence_number_bad();

    @Message
    String evidence_reason_missing();

    @Message
    String evidence_reason_long();

    @Message
    String evidence_not_found();

    @Message
    String evidence_failed();
}
