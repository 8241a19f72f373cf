package org.samparksetu.intake.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactNumbersTest {

    @Test
    void findsAnIndianMobileWrittenInTheText() {
        assertThat(ContactNumbers.extract("नल टूटा है, मोबाइल नं 9876543210")).isEqualTo("+919876543210");
        assertThat(ContactNumbers.extract("call me on +91 98765 43210 please")).isEqualTo("+919876543210");
        assertThat(ContactNumbers.extract("मोबाइल ९८७६५४३२१०")).isEqualTo("+919876543210");
    }

    /** Given the text an operator typed from a hand-written application, the number the applicant can be called on. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Prarthi Lakshmi Devi, Gram Bagoda, mobile 9414056789                         | +919414056789
            प्रार्थी रमेश कुमार पुत्र मोहन लाल, मो. 98290-12345                          | +919829012345
            Mob:09829012345 hand pump kharab hai                                          | +919829012345
            मोबाइल नं. +91 94140 56789                                                    | +919414056789
            Tehsil karyalay ka phone 02973-222133, mera mobile 9829012345                 | +919829012345
            School ka phone 02973 222133 par koi nahi uthata                              | +912973222133
            """)
    void findsTheNumberWrittenInATranscribedLetter(String text, String number) {
        assertThat(ContactNumbers.extract(text)).as(text).isEqualTo(number);
    }

    @Test
    void noNumberGivesNull() {
        assertThat(ContactNumbers.extract("pani nahi aa raha 3 din se")).isNull();
        assertThat(ContactNumbers.extract("pin 343022")).isNull();
        assertThat(ContactNumbers.extract(null)).isNull();
    }
}
