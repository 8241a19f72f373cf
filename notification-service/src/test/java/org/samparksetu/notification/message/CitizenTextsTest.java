package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The citizen text bundles: both languages complete, placeholders filled, WhatsApp's limits kept. */
class CitizenTextsTest {
    private final CitizenTexts texts = CitizenTexts.standard();

    @Test
    void everyTextIsInHindiAndEnglishWithTheSamePlaceholders() {
        assertThat(texts.keys()).hasSizeGreaterThan(100);
        for (String key : texts.keys()) {
            String hi = texts.raw(Language.HI, key);
            String en = texts.raw(Language.EN, key);
            assertThat(hi).as(key).isNotBlank();
            assertThat(en).as(key).isNotBlank();
            assertThat(CitizenTexts.placeholders(hi)).as(key).isEqualTo(CitizenTexts.placeholders(en));
        }
    }

    @Test
    void hindiIsWrittenInDevanagariAndEnglishIsNot() {
        for (String key : texts.keys()) {
            String hi = texts.raw(Language.HI, key);
            String en = texts.raw(Language.EN, key);
            if (hi.replaceAll("\\{[a-zA-Z]+}", "").chars().anyMatch(Character::isLetter)) {
                assertThat(hi.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI))
                        .as("%s in Hindi", key).isTrue();
            }
            assertThat(en.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI))
                    .as("%s in English", key).isTrue();
        }
    }

    @Test
    void everyButtonTitleFitsWhatsAppsTwentyCharacters() {
        for (String key : texts.keys()) {
            if (key.contains(".button.")) {
                for (Language lang : Language.values()) {
                    String title = texts.raw(lang, key).replace("{id}", "000123");
                    assertThat(title.codePointCount(0, title.length())).as("%s in %s", key, lang)
                            .isBetween(1, MessageComposer.MAX_BUTTON_TITLE);
                }
            }
        }
    }

    @Test
    void placeholdersAreFilledAndAMissingOneIsAnError() {
        assertThat(CitizenTexts.text(Language.HI, "notice.linked", "related", "JAL-2026-000009"))
                .contains("JAL-2026-000009").doesNotContain("{related}");
        assertThatThrownBy(() -> CitizenTexts.text(Language.HI, "notice.linked")).hasMessageContaining("{related}");
        assertThatThrownBy(() -> CitizenTexts.text(Language.EN, "no.such.text")).hasMessageContaining("no.such.text");
    }
}
