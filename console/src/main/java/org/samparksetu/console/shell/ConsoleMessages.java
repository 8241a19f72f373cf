package org.samparksetu.console.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the console shows, in Hindi (the default, {@code messages/msg_hi.properties}) and English
 * ({@code messages/msg_en.properties}); templates use them as {@code {msg:key}}. No text lives in code.
 */
@MessageBundle(value = "msg", locale = LanguageRule.HINDI)
public interface ConsoleMessages {
    @Message
    String app_name();

    @Message
    String app_console();

    @Message
    String app_tagline();

    @Message
    String nav_home();

    @Message
    String nav_cell();

    @Message
    String nav_intake();

    @Message
    String nav_blocklist();

    @Message
    String nav_kendra();

    @Message
    String nav_officer();

    @Message
    String nav_field();

    @Message
    String nav_collector();

    @Message
    String nav_evidence();

    @Message
    String nav_ops();

    @Message
    String nav_label();

    @Message
    String sign_out();

    @Message
    String switch_language();

    @Message
    String switch_language_title();

    @Message
    String roles_label();

    @Message
    String home_title(String name);

    @Message
    String home_text();

    @Message
    String home_pages();

    @Message
    String home_none();

    @Message
    String forbidden_title();

    @Message
    String forbidden_text(String role);

    @Message
    String forbidden_back();

    @Message
    String signed_out_title();

    @Message
    String signed_out_text();

    @Message
    String sign_in_again();

    @Message
    String ops_title();

    @Message
    String ops_subtitle();

    @Message
    String ops_updated();

    @Message
    String ops_loading();

    @Message
    String ops_fetch_failed();

    @Message
    String ops_session_expired();

    @Message
    String ops_card_lag();

    @Message
    String ops_card_dead();

    @Message
    String ops_card_backlog();

    @Message
    String ops_card_breakers();

    @Message
    String ops_lag_title();

    @Message
    String ops_lag_none();

    @Message
    String ops_kafka_unreachable();

    @Message
    String ops_col_group();

    @Message
    String ops_col_topic();

    @Message
    String ops_col_lag();

    @Message
    String ops_col_partitions();

    @Message
    String ops_dead_title();

    @Message
    String ops_dead_none();

    @Message
    String ops_dead_more();

    @Message
    String ops_col_service();

    @Message
    String ops_col_type();

    @Message
    String ops_col_error();

    @Message
    String ops_col_time();

    @Message
    String ops_col_place();

    @Message
    String ops_col_action();

    @Message
    String ops_replay();

    @Message
    String ops_replayed();

    @Message
    String ops_replay_confirm();

    @Message
    String ops_replay_failed();

    @Message
    String ops_outbox_title();

    @Message
    String ops_col_instance();

    @Message
    String ops_col_backlog();

    @Message
    String ops_col_oldest();

    @Message
    String ops_col_set_aside();

    @Message
    String ops_col_breakers();

    @Message
    String ops_breaker_closed();

    @Message
    String ops_breaker_half_open();

    @Message
    String ops_breaker_open();

    @Message
    String ops_breaker_unknown();

    @Message
    String ops_unreachable();

    @Message
    String ops_total();
}
