package org.samparksetu.messaging.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a citizen's number or words on their way into a log, when masked, then no one can read them back. */
class MaskTest {

    @ParameterizedTest(name = "''{0}'' is logged as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the number as it came        | as the log shows it
            919876543210                   | 91*******210
            +91 98765 43210                | 91*******210
            whatsapp:+919876543210         | 91*******210
            +1 415 555 0100                | 14******100
            12345                          | *****
            99                             | **
            ""                             | -
            "   "                          | -
            """)
    void aPhoneNumberKeepsOnlyItsCountryCodeAndLastThreeDigits(String number, String logged) {
        assertThat(Mask.phone(number)).isEqualTo(logged);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what the citizen wrote                         | how long it is
            गांव में पानी नहीं आ रहा                          | 24
            my number is 9876543210, call me                | 32
            ""                                              | 0
            """)
    void aMessageIsReducedToItsLength(String text, int length) {
        assertThat(Mask.text(text)).isEqualTo("<" + length + " chars>");
    }

    @Test
    void nothingIsLoggedAsADash() {
        assertThat(Mask.phone(null)).isEqualTo("-");
        assertThat(Mask.text(null)).isEqualTo("-");
    }
}
