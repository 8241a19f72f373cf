package org.samparksetu.intake.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuessTest {

    @Test
    void devanagariIsHindi() {
        assertThat(LanguageGuess.of("गांव में पानी नहीं आ रहा")).isEqualTo("hi");
        assertThat(LanguageGuess.of("water नहीं")).isEqualTo("hi");
    }

    @Test
    void hinglishIsHindi() {
        assertThat(LanguageGuess.of("bijli nahi aa rahi 3 din se")).isEqualTo("hi");
        assertThat(LanguageGuess.of("please help, pani nahi aa raha")).isEqualTo("hi");
    }

    @Test
    void clearlyEnglishIsEnglish() {
        assertThat(LanguageGuess.of("There is no water supply in our village since 5 days")).isEqualTo("en");
        assertThat(LanguageGuess.of("Please help me, the street lights are not working")).isEqualTo("en");
    }

    @Test
    void unclearOrEmptyDefaultsToHindi() {
        assertThat(LanguageGuess.of(null)).isEqualTo("hi");
        assertThat(LanguageGuess.of("  ")).isEqualTo("hi");
        assertThat(LanguageGuess.of("hi")).isEqualTo("hi");
        assertThat(LanguageGuess.of("Sayla Jalore 343022")).isEqualTo("hi");
    }
}
