package org.samparksetu.routing.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void ourStopWordsKeepTheNegation() {
        assertThat(analyzer.tokens("नहीं")).hasSize(1);
        assertThat(analyzer.tokens("पानी नहीं आ रहा है")).hasSize(4).containsAll(analyzer.tokens("नहीं"));
        assertThat(analyzer.tokens("बच्चों की पढ़ाई")).hasSize(2); // की is a stop word even after normalisation
        assertThat(analyzer.tokens("paani nahi aa raha hai")).contains("nahi").doesNotContain("hai");
    }

    @Test
    void devanagariAndHinglishMeetInOneRomanisedForm() {
        assertThat(analyzer.key(analyzer.tokens("बिजली").get(0))).isEqualTo(analyzer.key("bijli"));
        assertThat(analyzer.key(analyzer.tokens("पानी").get(0))).isEqualTo(analyzer.key("paani"));
        assertThat(analyzer.key(analyzer.tokens("बीजली").get(0))).isEqualTo(analyzer.key("bijali"));
    }

    @Test
    void spellingSlipsNormalise() {
        // nukta and chandrabindu variants compare equal after Lucene's Hindi normalisation
        assertThat(analyzer.tokens("सड़क")).isEqualTo(analyzer.tokens("सडक"));
        assertThat(analyzer.tokens("गाँव")).isEqualTo(analyzer.tokens("गांव"));
    }

    @Test
    void hindiStemmerStripsInflection() {
        assertThat(analyzer.stem(analyzer.tokens("पाइपलाइनें").get(0))).isEqualTo(analyzer.stem(analyzer.tokens("पाइपलाइन").get(0)));
    }

    @Test
    void wordsAreWholeTokens() {
        assertThat(analyzer.tokens("जलदाय विभाग")).doesNotContain("जल");
    }
}
