package org.samparksetu.intake.othermessage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.intake.othermessage.OtherMessageRule.Answer;
import org.samparksetu.intake.othermessage.OtherMessageRule.Received;

import static org.assertj.core.api.Assertions.assertThat;

class OtherMessageRuleTest {

    @ParameterizedTest(name = "given a {1} ({2}) from {0}, the citizen gets {3} naming {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # from      | type        | detail          | answer             | messageType
            citizen     | sticker     | -               | UNSUPPORTED_NOTICE | sticker
            citizen     | reaction    | 👍              | UNSUPPORTED_NOTICE | reaction
            citizen     | reaction    | -               | NOTHING            | reaction
            citizen     | reaction    | ' '             | NOTHING            | reaction
            citizen     | contacts    | -               | UNSUPPORTED_NOTICE | contacts
            citizen     | order       | -               | UNSUPPORTED_NOTICE | order
            citizen     | unsupported | -               | UNSUPPORTED_NOTICE | unsupported
            citizen     | unknown     | -               | UNSUPPORTED_NOTICE | unsupported
            citizen     | -           | -               | UNSUPPORTED_NOTICE | unsupported
            citizen     | interactive | button_reply    | UNSUPPORTED_NOTICE | interactive
            citizen     | interactive | list_reply      | UNSUPPORTED_NOTICE | interactive
            citizen     | interactive | nfm_reply       | UNSUPPORTED_NOTICE | interactive
            citizen     | button      | -               | UNSUPPORTED_NOTICE | button
            citizen     | ephemeral   | -               | UNSUPPORTED_NOTICE | ephemeral
            citizen     | system      | user_changed_number  | NOTHING       | system
            citizen     | system      | user_changed_user_id | NOTHING       | system
            citizen     | request_welcome | -           | NOTHING            | request_welcome
            office      | text        | -               | NOTHING            | text
            office      | image       | -               | NOTHING            | image
            office      | sticker     | -               | NOTHING            | sticker
            """)
    void whatEachMessageTypeGets(String from, String type, String detail, Answer answer, String messageType) {
        Received received = "office".equals(from) ? Received.echo(type) : Received.fromCitizen(type, detail);
        var decision = OtherMessageRule.decide(received);
        assertThat(decision.answer()).isEqualTo(answer);
        assertThat(decision.messageType()).isEqualTo(messageType);
        assertThat(decision.why()).isNotBlank();
    }
}
