package org.samparksetu.console.kendra;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.samparksetu.console.shell.LanguageRule;

/**
 * The Sampark Kendra page's words: Hindi by default ({@code messages/kendra_hi.properties}), English
 * ({@code messages/kendra_en.properties}); templates use them as {@code {kendra:key}}.
 */
@MessageBundle(value = "kendra", locale = LanguageRule.HINDI)
public interface KendraMessages {
    @Message
    String title();

    @Message
    String subtitle();

    @Message
    String refresh();

    @Message
    String card_queue();

    @Message
    String card_transfers();

    @Message
    String card_withdrawals();

    @Message
    String card_registered();

    @Message
    String queue_title();

    @Message
    String queue_hint();

    @Message
    String queue_empty();

    @Message
    String waited(long hours);

    @Message
    String reopened(String grievanceId);

    @Message
    String f_department();

    @Message
    String f_subject();

    @Message
    String f_district();

    @Message
    String f_tehsil();

    @Message
    String f_block();

    @Message
    String f_ward();

    @Message
    String f_gram_panchayat();

    @Message
    String f_village();

    @Message
    String f_description();

    @Message
    String f_contact();

    @Message
    String f_location();

    @Message
    String f_attachments();

    @Message
    String attachment_open();

    @Message
    String attachment_alt(String label);

    @Message
    String attachments_none();

    @Message
    String grievance_id_label();

    @Message
    String record();

    @Message
    String transfers_title();

    @Message
    String transfers_hint();

    @Message
    String transfers_empty();

    @Message
    String moved_button(String department);

    @Message
    String withdrawals_title();

    @Message
    String withdrawals_hint();

    @Message
    String withdrawals_empty();

    @Message
    String closed_button();

    @Message
    String col_complaint();

    @Message
    String col_grievance();

    @Message
    String col_from();

    @Message
    String col_to();

    @Message
    String col_reason();

    @Message
    String col_action();

    @Message
    String col_department();

    @Message
    String col_citizen_reason();

    @Message
    String col_when();

    @Message
    String report_title();

    @Message
    String report_hint();

    @Message
    String report_nothing();

    @Message
    String report_complaint();

    @Message
    String report_outcome();

    @Message
    String report_officer();

    @Message
    String report_remarks();

    @Message
    String report_submit();

    @Message
    String outcome_relief();

    @Message
    String outcome_interim_relief();

    @Message
    String outcome_rejected();

    @Message
    String outcome_false_case();

    @Message
    String outcome_filed();

    @Message
    String outcome_not_possible();

    @Message
    String registered_title();

    @Message
    String registered_empty();

    @Message
    String notice_registered(String complaint, String grievance);

    @Message
    String notice_moved(String complaint, String department);

    @Message
    String notice_closed(String complaint);

    @Message
    String notice_reported(String complaint);

    @Message
    String grievance_id_wrong();

    @Message
    String service_refused();

    @Message
    String service_down();

    @Message
    String lists_failed();

    @Message
    String report_pick_complaint();

    @Message
    String report_pick_outcome();

    @Message
    String report_officer_missing();

    @Message
    String report_officer_too_long();

    @Message
    String report_remarks_missing();

    @Message
    String report_remarks_too_long();
}
