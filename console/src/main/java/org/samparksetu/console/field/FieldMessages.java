package org.samparksetu.console.field;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.samparksetu.console.shell.LanguageRule;

/** Every word of the field verifier's pages, Hindi first ({@code messages/field_hi.properties}) and English. */
@MessageBundle(value = "field", locale = LanguageRule.HINDI)
public interface FieldMessages {
    @Message
    String field_title();

    @Message
    String field_subtitle();

    @Message
    String field_none();

    @Message
    String field_count(Object n);

    @Message
    String field_open();

    @Message
    String field_back();

    @Message
    String field_visit_by();

    @Message
    String field_overdue();

    @Message
    String field_today();

    @Message
    String field_days_left(Object n);

    @Message
    String field_department();

    @Message
    String field_why();

    @Message
    String field_place();

    @Message
    String field_village();

    @Message
    String field_tehsil();

    @Message
    String field_gp();

    @Message
    String field_no_place();

    @Message
    String field_pin();

    @Message
    String field_centre();

    @Message
    String field_map();

    @Message
    String field_report();

    @Message
    String field_report_officer();

    @Message
    String field_report_photos(Object n);

    @Message
    String field_citizen();

    @Message
    String field_citizen_says();

    @Message
    String field_citizen_photo();

    @Message
    String field_note();

    @Message
    String field_verdict();

    @Message
    String field_verdict_FIXED();

    @Message
    String field_verdict_NOT_FIXED();

    @Message
    String field_verdict_FALSE_COMPLAINT();

    @Message
    String field_remarks();

    @Message
    String field_remarks_hint(Object max);

    @Message
    String field_photo();

    @Message
    String field_photo_hint();

    @Message
    String field_gps();

    @Message
    String field_gps_waiting();

    @Message
    String field_gps_found(String m);

    @Message
    String field_gps_failed();

    @Message
    String field_submit();

    @Message
    String field_sending();

    @Message
    String field_done();

    @Message
    String field_result();

    @Message
    String field_your_verdict();

    @Message
    String field_distance(String m);

    @Message
    String field_flagged();

    @Message
    String field_your_photo();

    @Message
    String field_state_ASSIGNED();

    @Message
    String field_state_PASSED();

    @Message
    String field_state_FAILED();

    @Message
    String field_state_FALSE_COMPLAINT();

    @Message
    String field_state_FLAGGED();

    @Message
    String field_state_CANCELLED();

    @Message
    String field_state_SET_ASIDE();

    @Message
    String field_reason_RISKY_OUTCOME();

    @Message
    String field_reason_DEPARTMENT_FALSE_CLOSURES();

    @Message
    String field_reason_RANDOM_SAMPLE();

    @Message
    String field_reason_CITIZEN_NOT_FIXED();

    @Message
    String field_reason_CITIZEN_DONT_KNOW();

    @Message
    String field_reason_CITIZEN_NO_ANSWER();

    @Message
    String field_outcome_RELIEF();

    @Message
    String field_outcome_INTERIM_RELIEF();

    @Message
    String field_outcome_REJECTED();

    @Message
    String field_outcome_FALSE_CASE();

    @Message
    String field_outcome_FILED();

    @Message
    String field_outcome_NOT_POSSIBLE();

    @Message
    String field_answer_FIXED();

    @Message
    String field_answer_NOT_FIXED();

    @Message
    String field_answer_DONT_KNOW();

    @Message
    String field_error_NO_VERDICT();

    @Message
    String field_error_REMARKS_TOO_LONG();

    @Message
    String field_error_PHOTO_TOO_LARGE();

    @Message
    String field_error_NOT_A_PHOTO();

    @Message
    String field_error_not_yours();

    @Message
    String field_error_unreachable();

    @Message
    String field_service_says();
}
