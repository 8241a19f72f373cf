package org.samparksetu.notification.officer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageKind;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given routing's notice to a named officer, when we word it, then the officer reads this — as an approved template
 * whose name and parameter order are the service's configuration.
 */
class OfficerNoticeMessagesTest {
    private static final String ID = "JAL-2026-000789";
    /** Half past midnight on 1 May 2026 in Jalore (still 30 April in UTC): the officer reads the district's date. */
    private static final Instant DUE = Instant.parse("2026-04-30T19:00:00Z");

    /** The templates exactly as application.properties configures them. */
    static Map<String, OfficerNoticeMessages.Spec> configured() {
        Properties p = new Properties();
        try (var in = OfficerNoticeMessagesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, OfficerNoticeMessages.Spec> specs = new HashMap<>();
        String prefix = "notification.officer.templates.";
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.endsWith(".name")) {
                String kind = key.substring(prefix.length(), key.length() - ".name".length());
                specs.put(kind, new OfficerNoticeMessages.Spec(p.getProperty(key),
                        List.of(p.getProperty(prefix + kind + ".parameters").split(","))));
            }
        }
        return specs;
    }

    private final OfficerNoticeMessages messages = new OfficerNoticeMessages(configured(), ZoneId.of("Asia/Kolkata"));

    private static OfficerNotice notice(String kind, String name, int level, String tehsil, Instant due) {
        return new OfficerNotice("PHED-L1-SAYLA", name, "919829000111", "PHED", level, tehsil, ID, kind, due, Instant.now());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', value = {
            // a new complaint reaches the JEn of its tehsil
            "NEW_COMPLAINT; HI; 1; sampark_officer_new_complaint; संपर्क सेतु सूचना (श्री रमेश चौधरी, कनिष्ठ अभियंता): जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग) की नई शिकायत JAL-2026-000789 तहसील सायला से आपके प्रभार (स्तर L1) में आई है। निस्तारण की अंतिम तिथि: 01-05-2026। कृपया राजस्थान संपर्क पोर्टल पर शिकायत देखकर समय पर कार्रवाई रिपोर्ट दर्ज करें।",
            "DEADLINE_APPROACHING; HI; 1; sampark_officer_deadline_approaching; अंतिम तिथि 01-05-2026 निकट है|अगले स्तर के अधिकारी",
            // overdue: the next level's officer
            "ESCALATED; HI; 2; sampark_officer_escalated; समय पर कार्रवाई नहीं हुई, इसलिए यह स्तर L2 पर आपको भेजी गई है",
            "REOPENED; HI; 2; sampark_officer_reopened; दोबारा खोली गई है|स्तर L2 पर आपके प्रभार में",
            "TRANSFERRED_IN; HI; 1; sampark_officer_transferred_in; दूसरे विभाग से जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग) को स्थानांतरित|आपका विभाग ही दर्ज कर सकता है",
            "NEW_COMPLAINT; EN; 1; sampark_officer_new_complaint; Sampark Setu notice (श्री रमेश चौधरी, कनिष्ठ अभियंता): new complaint JAL-2026-000789 for Public Health Engineering (drinking water) from tehsil सायला|Last date for disposal: 01-05-2026",
    })
    void theOfficerIsToldWhatIsInTheirChargeAndByWhen(String kind, Language lang, int level, String template, String mustSay) {
        var n = notice(kind, "श्री रमेश चौधरी, कनिष्ठ अभियंता", level, "सायला", DUE);
        var t = messages.of(n, lang).orElseThrow();
        assertThat(t.kind()).isEqualTo(MessageKind.OFFICER_NOTICE);
        assertThat(t.name()).isEqualTo(template);
        assertThat(t.languageCode()).isEqualTo(lang.code());
        assertThat(t.quickReplyPayloads()).isEmpty();
        assertThat(t.bodyParameters()).contains(ID).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
        assertThat(messages.text(n, lang).orElseThrow()).contains(Arrays.asList(mustSay.split("\\|")));
    }

    @Test
    void theParametersGoInTheConfiguredOrderAndTheSubmittedBodyNumbersThem() {
        var t = messages.of(notice(OfficerNotice.NEW_COMPLAINT, "श्री रमेश चौधरी", 1, "सायला", DUE), Language.HI).orElseThrow();
        // officer, department, id, tehsil, level, due
        assertThat(t.bodyParameters()).containsExactly("श्री रमेश चौधरी", "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)", ID,
                "सायला", "1", "01-05-2026");
        assertThat(messages.submittedBody(OfficerNotice.NEW_COMPLAINT, Language.HI)).startsWith("संपर्क सेतु सूचना ({{1}}): {{2}} की नई शिकायत {{3}} तहसील {{4}} से")
                .contains("(स्तर L{{5}})").contains("अंतिम तिथि: {{6}}।").doesNotContain("{id}");
        // the same kind in English has the same parameters, in its own words
        assertThat(messages.submittedBody(OfficerNotice.TRANSFERRED_IN, Language.EN)).contains("complaint {{2}} from tehsil {{3}}")
                .contains("to {{4}}");
    }

    @Test
    void aDistrictWideOfficerWithoutANameOrADeadlineIsStillToldPlainly() {
        var n = notice(OfficerNotice.DEADLINE_APPROACHING, " ", 3, null, null);
        assertThat(messages.text(n, Language.HI).orElseThrow()).contains("(प्रभारी अधिकारी)").contains("तहसील पूरा ज़िला")
                .contains("अंतिम तिथि तय नहीं");
    }

    @Test
    void aKindRoutingSendsOnlyLaterIsNotWordedUntilItHasATemplate() {
        assertThat(messages.of(notice("CLOSED_IN_CHARGE", "x", 1, "सायला", DUE), Language.HI)).isEmpty();
    }

    @Test
    void aConfigurationThatDoesNotFitTheWordsStopsTheServiceAtStart() {
        Map<String, OfficerNoticeMessages.Spec> missing = new HashMap<>(configured());
        missing.remove(OfficerNotice.ESCALATED);
        assertThatThrownBy(() -> new OfficerNoticeMessages(missing, ZoneId.of("Asia/Kolkata"))).hasMessageContaining("ESCALATED");

        Map<String, OfficerNoticeMessages.Spec> short1 = new HashMap<>(configured());
        short1.put(OfficerNotice.REOPENED, new OfficerNoticeMessages.Spec("sampark_officer_reopened", List.of("officer", "id")));
        assertThatThrownBy(() -> new OfficerNoticeMessages(short1, ZoneId.of("Asia/Kolkata"))).hasMessageContaining("officer.REOPENED");

        Map<String, OfficerNoticeMessages.Spec> unknown = new HashMap<>(configured());
        unknown.put(OfficerNotice.REOPENED, new OfficerNoticeMessages.Spec("sampark_officer_reopened",
                List.of("officer", "id", "department", "tehsil", "level", "phone")));
        assertThatThrownBy(() -> new OfficerNoticeMessages(unknown, ZoneId.of("Asia/Kolkata"))).hasMessageContaining("phone");

        Map<String, OfficerNoticeMessages.Spec> badName = new HashMap<>(configured());
        badName.put(OfficerNotice.REOPENED, new OfficerNoticeMessages.Spec("Officer Reopened",
                List.of("officer", "id", "department", "tehsil", "level", "due")));
        assertThatThrownBy(() -> new OfficerNoticeMessages(badName, ZoneId.of("Asia/Kolkata"))).hasMessageContaining("Officer Reopened");
    }
}
