package org.samparksetu.intake.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Given what we last asked a number, when it writes this, then it means that. */
class FollowUpClassifierTest {

    private final FollowUpClassifier classifier = new FollowUpClassifier();

    @ParameterizedTest(name = "given {0}, when \"{1}\", then {2}")
    @CsvSource(delimiter = '|', value = {
            // "haan" is an answer only while "is it fixed?" waits for one
            "VERIFICATION | haan theek ho gaya                     | VERIFY_FIXED",
            "VERIFICATION | Haaan ji                               | VERIFY_FIXED",
            "VERIFICATION | हाँ हो गया                               | VERIFY_FIXED",
            "OPEN         | haan                                   | AMBIGUOUS",
            "VERIFICATION | nahi hua                               | VERIFY_NOT_FIXED",
            "VERIFICATION | abhi tak nahi                          | VERIFY_NOT_FIXED",
            "VERIFICATION | nhi                                    | VERIFY_NOT_FIXED",
            "VERIFICATION | अभी भी नल खराब है                        | VERIFY_NOT_FIXED",
            "VERIFICATION | pata nahi                              | VERIFY_DONT_KNOW",
            "VERIFICATION | pta nhi                                | VERIFY_DONT_KNOW",
            // a long text about another problem is a new complaint, even while a question waits
            "VERIFICATION | gaon ki sadak par bada gaddha hai roz accident hote hai | NEW_COMPLAINT",
            // the same words without a question: nothing to answer, so a reminder
            "OPEN         | abhi tak nahi hua                      | REMINDER",
            "OPEN         | kuch nahi hua 10 din ho gaye           | REMINDER",
            "OPEN         | kab hoga                               | REMINDER",
            "OPEN         | JAL-2026-000123 ka kya hua             | STATUS",
            "OPEN         | meri shikayat kahan tak pahunchi       | STATUS",
            "OPEN         | aur ek baat, handpump school ke paas hai | ADDITION",
            "OPEN         | mobile no 9414012345                   | ADDITION",
            "OPEN         | bijli ka transformer jal gaya hai poora gaon andhere me | NEW_COMPLAINT",
            "OPEN         | dhanyavad 🙏                            | THANKS",
            "RATING       | 4                                      | RATING(4)",
            "RATING       | ⭐⭐⭐⭐⭐                                  | RATING(5)",
            "RATING       | santusht nahi hu                       | RATING(1)",
            "RATING       | phir se kholo                          | REOPEN",
            "RATING       | abhi bhi pani nahi aata                | REOPEN",
            "NONE         | 4                                      | NEW_COMPLAINT",
            "NONE         | gaon me pani nahi aa raha              | NEW_COMPLAINT",
            "NONE         | JAL-2026-000050 dobara kholo           | REOPEN"})
    void meaningDependsOnTheWordsAndOnWhatWeAsked(String state, String text, String intent) {
        assertThat(classifier.classify(text, FollowUpContext.parse(state)).label()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', value = {
            "JAL-2026-000123 ka kya hua | JAL-2026-000123",
            "jal - 2026 - 000456 status | JAL-2026-000456"})
    void complaintIdsInTheTextAreKept(String text, String id) {
        assertThat(classifier.classify(text, FollowUpContext.parse("OPEN")).complaintIds()).containsExactly(id);
    }
}
