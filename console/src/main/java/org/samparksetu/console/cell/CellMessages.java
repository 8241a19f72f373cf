package org.samparksetu.console.cell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.samparksetu.console.shell.LanguageRule;

/**
 * The grievance cell's words, in Hindi (the default, {@code messages/cell_hi.properties}) and English
 * ({@code messages/cell_en.properties}); its templates use them as {@code {cell:key}}. No text lives in code.
 */
@MessageBundle(value = "cell", locale = LanguageRule.HINDI)
public interface CellMessages {
    @Message
    String inbox_title();

    @Message
    String inbox_subtitle();

    @Message
    String inbox_refresh();

    @Message
    String tab_triage();

    @Message
    String tab_transcription();

    @Message
    String tab_quarantine();

    @Message
    String tab_field_checks();

    @Message
    String tab_deliveries();

    @Message
    String tab_empty_triage();

    @Message
    String tab_empty_transcription();

    @Message
    String tab_empty_quarantine();

    @Message
    String tab_empty_field_checks();

    @Message
    String tab_empty_deliveries();

    @Message
    String section_unreachable();

    @Message
    String age_now();

    @Message
    String age_minutes(long n);

    @Message
    String age_hours(long n);

    @Message
    String age_days(long n);

    @Message
    String age_unknown();

    @Message
    String urgency_due();

    @Message
    String urgency_late();

    @Message
    String waiting_since();

    @Message
    String complaint();

    @Message
    String citizen();

    @Message
    String place();

    @Message
    String no_place();

    @Message
    String text();

    @Message
    String reason();

    @Message
    String note();

    @Message
    String department();

    @Message
    String choose_department();

    @Message
    String suggested();

    @Message
    String held_by(String dept);

    @Message
    String claimed_by(String who);

    @Message
    String triage_why();

    @Message
    String claim();

    @Message
    String assign();

    @Message
    String reason_placeholder();

    @Message
    String reroute_title();

    @Message
    String reroute_text();

    @Message
    String reroute();

    @Message
    String complaint_number();

    @Message
    String transcribe_title();

    @Message
    String transcribe_text();

    @Message
    String transcribe_text_hint();

    @Message
    String transcribe_place();

    @Message
    String transcribe();

    @Message
    String photo_alt(String id);

    @Message
    String voice_note();

    @Message
    String document();

    @Message
    String download();

    @Message
    String media_missing();

    @Message
    String quarantine_why();

    @Message
    String release();

    @Message
    String reject();

    @Message
    String quarantine_note();

    @Message
    String field_check();

    @Message
    String verifier();

    @Message
    String verdict();

    @Message
    String flag_reason();

    @Message
    String distance(String d, String r);

    @Message
    String due_by();

    @Message
    String photo_of_check();

    @Message
    String review_note();

    @Message
    String review_verifier();

    @Message
    String accept();

    @Message
    String redo();

    @Message
    String reassign();

    @Message
    String phone();

    @Message
    String failed_messages();

    @Message
    String last_error();

    @Message
    String last_failed();

    @Message
    String call();

    @Message
    String done_claimed();

    @Message
    String done_assigned();

    @Message
    String done_rerouted();

    @Message
    String done_transcribed();

    @Message
    String done_released();

    @Message
    String done_rejected();

    @Message
    String done_accepted();

    @Message
    String done_redone();

    @Message
    String done_reassigned();

    @Message
    String done_blocked();

    @Message
    String done_unblocked();

    @Message
    String done_cleared();

    @Message
    String done_filed();

    @Message
    String problem_missing();

    @Message
    String problem_too_long(String max);

    @Message
    String problem_number();

    @Message
    String problem_action();

    @Message
    String problem_service();

    @Message
    String problem_unreachable();

    @Message
    String problem_status(String status);

    @Message
    String blocklist_title();

    @Message
    String blocklist_subtitle();

    @Message
    String blocked_title();

    @Message
    String blocked_none();

    @Message
    String block_title();

    @Message
    String block_number();

    @Message
    String block_reason();

    @Message
    String block();

    @Message
    String unblock();

    @Message
    String blocked_by();

    @Message
    String blocked_at();

    @Message
    String flags_title();

    @Message
    String flags_none();

    @Message
    String false_cases();

    @Message
    String flagged_at();

    @Message
    String cleared(String who);

    @Message
    String clear_reason();

    @Message
    String clear();

    @Message
    String intake_title();

    @Message
    String intake_subtitle();

    @Message
    String intake_source();

    @Message
    String source_WALK_IN();

    @Message
    String source_PHONE();

    @Message
    String source_JANSUNWAI();

    @Message
    String source_LETTER();

    @Message
    String intake_phone();

    @Message
    String intake_phone_hint();

    @Message
    String intake_name();

    @Message
    String intake_village();

    @Message
    String intake_tehsil();

    @Message
    String intake_text();

    @Message
    String intake_text_hint();

    @Message
    String intake_override();

    @Message
    String intake_file();

    @Message
    String intake_filed();

    @Message
    String intake_status_RECEIVED();

    @Message
    String intake_status_QUARANTINED();

    @Message
    String intake_another();
}
