package org.samparksetu.intake.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenCommandTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // English
            "status                              | STATUS   |                 | en",
            "Status JAL-2026-000123              | STATUS   | JAL-2026-000123 | en",
            "what is the status of jal-2026-000123? | STATUS | JAL-2026-000123 | en",
            "list my complaints                  | LIST     |                 | en",
            "My complaints                       | LIST     |                 | en",
            "HELP                                | HELP     |                 | en",
            "menu                                | HELP     |                 | en",
            "withdraw JAL-2026-000123            | WITHDRAW | JAL-2026-000123 | en",
            "Withdraw my complaint please        | WITHDRAW |                 | en",
            // Hinglish
            "sthiti                              | STATUS   |                 | hi",
            "JAL-2026-000123 ki sthiti batao     | STATUS   | JAL-2026-000123 | hi",
            "meri shikayat kahan hai?            | STATUS   |                 | hi",
            "meri shikayatein                    | LIST     |                 | hi",
            "suchi                               | LIST     |                 | hi",
            "madad                               | HELP     |                 | hi",
            "sahayata                            | HELP     |                 | hi",
            "shikayat wapas lo JAL-2026-000123   | WITHDRAW | JAL-2026-000123 | hi",
            "wapas                               | WITHDRAW |                 | hi",
            // Hindi
            "स्थिति                               | STATUS   |                 | hi",
            "JAL-2026-000123 की स्थिति बताओ        | STATUS   | JAL-2026-000123 | hi",
            "मेरी शिकायत कहाँ है?                  | STATUS   |                 | hi",
            "मेरी शिकायतें                         | LIST     |                 | hi",
            "सूची                                 | LIST     |                 | hi",
            "मदद                                  | HELP     |                 | hi",
            "सहायता।                              | HELP     |                 | hi",
            "शिकायत वापस लें JAL-2026-000123       | WITHDRAW | JAL-2026-000123 | hi",
            "मेरी शिकायत वापस लो                  | WITHDRAW |                 | hi",
    })
    void recognisesEveryCommandInEveryLanguage(String text, CitizenCommand.Type type, String id, String language) {
        var command = CitizenCommand.parse(text);
        assertThat(command).as(text).isPresent();
        assertThat(command.get().type()).isEqualTo(type);
        assertThat(command.get().complaintId()).isEqualTo(id);
        assertThat(command.get().language()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pani nahi aa raha, madad karo jaldi", "गाँव में 5 दिन से पानी नहीं आ रहा मदद करें",
            "the road is broken, please help", "hi everyone!", "status JAL-2026-000001 JAL-2026-000002",
            "street light not working since a week", ""})
    void complaintsAreNotCommands(String text) {
        assertThat(CitizenCommand.parse(text)).as(text).isEmpty();
    }
}
