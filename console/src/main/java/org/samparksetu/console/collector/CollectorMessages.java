package org.samparksetu.console.collector;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.samparksetu.console.shell.LanguageRule;

/** Every word of the collector's page and its downloads, Hindi first ({@code messages/collector_hi.properties}) and English. */
@MessageBundle(value = "collector", locale = LanguageRule.HINDI)
public interface CollectorMessages {
    @Message
    String collector_title();

    @Message
    String collector_subtitle();

    @Message
    String collector_card_pending();

    @Message
    String collector_card_breaches();

    @Message
    String collector_card_false();

    @Message
    String collector_card_satisfied();

    @Message
    String collector_card_false_hint();

    @Message
    String collector_card_satisfied_hint();

    @Message
    String collector_export();

    @Message
    String collector_export_csv();

    @Message
    String collector_export_xlsx();

    @Message
    String collector_pendency_department();

    @Message
    String collector_pendency_tehsil();

    @Message
    String collector_col_department();

    @Message
    String collector_col_tehsil();

    @Message
    String collector_bucket_WEEK();

    @Message
    String collector_bucket_FORTNIGHT();

    @Message
    String collector_bucket_MONTH();

    @Message
    String collector_bucket_OLDER();

    @Message
    String collector_col_total();

    @Message
    String collector_col_breaches();

    @Message
    String collector_no_tehsil();

    @Message
    String collector_none_pending();

    @Message
    String collector_breaches_title();

    @Message
    String collector_breaches_more(Object n);

    @Message
    String collector_none_breached();

    @Message
    String collector_col_complaint();

    @Message
    String collector_col_level();

    @Message
    String collector_col_state();

    @Message
    String collector_col_registered();

    @Message
    String collector_col_due();

    @Message
    String collector_col_age();

    @Message
    String collector_col_overdue();

    @Message
    String collector_col_breached();

    @Message
    String collector_col_subject();

    @Message
    String collector_col_action();

    @Message
    String collector_escalate();

    @Message
    String collector_escalate_reason();

    @Message
    String collector_escalate_hint();

    @Message
    String collector_escalated(String id);

    @Message
    String collector_error_reason();

    @Message
    String collector_error_complaint();

    @Message
    String collector_error_unreachable();

    @Message
    String collector_service_says();

    @Message
    String collector_accountability_title();

    @Message
    String collector_col_received();

    @Message
    String collector_col_disposed();

    @Message
    String collector_col_verified();

    @Message
    String collector_col_false();

    @Message
    String collector_col_false_rate();

    @Message
    String collector_col_rated();

    @Message
    String collector_col_satisfied();

    @Message
    String collector_col_reopened();

    @Message
    String collector_col_withdrawn();

    @Message
    String collector_none_departments();

    @Message
    String collector_ranking_title(String month);

    @Message
    String collector_ranking_rule();

    @Message
    String collector_previous_month();

    @Message
    String collector_next_month();

    @Message
    String collector_col_rank();

    @Message
    String collector_col_closed();

    @Message
    String collector_col_pending();

    @Message
    String collector_col_closed_share();

    @Message
    String collector_none_month();

    @Message
    String collector_yes();

    @Message
    String collector_no();

    @Message
    String collector_sheet_pending();

    @Message
    String collector_sheet_departments();

    @Message
    String collector_sheet_ranking();
}
