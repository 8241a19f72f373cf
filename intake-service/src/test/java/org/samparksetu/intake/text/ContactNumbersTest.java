package org.samparksetu.intake.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactNumbersTest {

    @Test
    void findsAnIndianMobileWrittenInTheText() {
        assertThat(ContactNumbers.extract("नल टूटा है, मोबाइल नं 9876543210")).isEqualTo("+919876543210");
        assertThat(ContactNumbers.extract("call me on +91 98765 43210 please")).isEqualTo("+919876543210");
        assertThat(ContactNumbers.extract("मोबाइल ९८७६५४३२१०")).isEqualTo("+919876543210");
    }

    @Test
    void noNumberGivesNull() {
        assertThat(ContactNumbers.extract("pani nahi aa raha 3 din se")).isNull();
        assertThat(ContactNumbers.extract("pin 343022")).isNull();
        assertThat(ContactNumbers.extract(null)).isNull();
    }
}
