package org.samparksetu.console.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageRuleTest {

    @ParameterizedTest(name = "asked {0}, remembered {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        // asked, cookie, shown
        "-,       -,      hi",
        "en,      -,      en",
        "EN,      -,      en",
        "hi,      en,     hi",
        "-,       en,     en",
        "fr,      en,     en",
        "fr,      -,      hi",
        "english, -,      hi",
        "'',      '',     hi",
    })
    void hindiUnlessEnglishWasChosen(String asked, String cookie, String shown) {
        assertThat(LanguageRule.choose(asked, cookie)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"hi, en", "en, hi"})
    void theSwitchOffersTheOtherLanguage(String language, String other) {
        assertThat(LanguageRule.other(language)).isEqualTo(other);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "-", value = {
        "/ops,                   /ops",
        "/,                      /",
        "/signed-out,            /signed-out",
        "-,                      /",
        "'',                     /",
        "https://evil.example/,  /",
        "//evil.example/ops,     /",
        "/\\evil.example,        /",
        "ops,                    /",
    })
    void theSwitchGoesBackOnlyToAPageOfTheConsole(String back, String target) {
        assertThat(LanguageRule.backTo(back)).isEqualTo(target);
    }
}
