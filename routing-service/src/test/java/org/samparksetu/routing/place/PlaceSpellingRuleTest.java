package org.samparksetu.routing.place;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given how a citizen writes a Jalore place (Devanagari, Hinglish, English) and how LGD's list spells it, when both
 * are keyed, then they meet exactly when they are the same place.
 */
class PlaceSpellingRuleTest {

    @ParameterizedTest(name = "{0} / {1}: same place = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # citizen writes       | LGD (or another) spelling | same | why
            मोदरान                 | Modra                     | true  | Devanagari, the final न is a nasal ending
            मोदरां                 | Modra                     | true  | written with anusvara
            Modran                 | Modra                     | true  | the station's spelling
            बागरा                  | Bagra                     | true  | Devanagari writes the inherent a (bagara)
            Bagara                 | Bagra                     | true  | Hinglish with the a
            बागरा                  | Bagora                    | false | Bagra is not the tehsil HQ Bagora
            बागोड़ा                 | Bagora                    | true  | ड़ is r in LGD
            Bagoda                 | Bagora                    | true  | ड़ written d
            बागोडा                 | Bagoda                    | true  | ड़ written without its dot
            रानीवाड़ा               | Raniwara                  | true  | long ई, ड़
            Raniwada               | Raniwara                  | true  | ड़ written d
            Raniwara               | Raniwara Kalan            | false | Kalan (the bigger one) is part of the name
            सांचौर                  | Sanchore                  | true  | anusvara, औ, silent final e
            Sachore                | Sanchore                  | true  | nasal left out
            जालोर                  | Jalor                     | true  | LGD's tehsil spelling
            Jalore                 | Jalor                     | true  | the district's own spelling
            भीनमाल                 | Bhinmal                   | true  | aspiration and inherent a
            Binmal                 | Bhinmal                   | true  | aspiration left out
            जसवंतपुरा               | Jaswant Pura              | true  | anusvara, LGD writes two words
            Jaswantpur             | Jaswant Pura              | true  | pura and pur
            Jasvantpura            | Jaswant Pura              | true  | w and v
            सियाणा                 | Siyana                    | true  | ण is n
            Siana                  | Siyana                    | true  | iy and i
            Veerana                | Virana                    | true  | ee and i
            वीराणा                 | Virana                    | true  | long ई
            Poonasa                | Punasa                    | true  | oo and u
            Harji                  | Harjee                    | true  | LGD writes ee
            Choura                 | Chaura                    | true  | ou and au
            Chaura                 | Choora                    | false | two villages (Sanchore, Jalore)
            Jodwada                | Jodwara                   | true  | the second ड़ written d
            जोडवाडा                | जोड़वाड़ा                   | true  | the dot of ड़ left out
            Aranay                 | Arnay                     | true  | inherent a
            अरणाय                  | Arnay                     | true  | Devanagari
            Bhadruna               | Bhadroona                 | true  | oo and u
            Bhadroon               | Bhadroona                 | true  | a shared key: the gazetteer calls it ambiguous
            Hadecha                | हाड़ेचा                    | true  | Latin and Devanagari
            Ramsin                 | Ramseen                   | true  | ee and i
            रामसीन                 | Ramseen                   | true  | Devanagari final न is kept inside the word
            Ahore (Ct)             | Ahore                     | true  | LGD's census town marker
            Karola                 | Kolar                     | false | same letters, other order
            Sirana                 | Siyana                    | false | r makes another village
            """)
    void citizensSpellingsMeetLgdsNames(String written, String lgd, boolean same, String why) {
        String a = PlaceSpellingRule.key(written), b = PlaceSpellingRule.key(lgd);
        if (same) {
            assertThat(a).as(why).isEqualTo(b);
        } else {
            assertThat(a).as(why).isNotEqualTo(b);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Modra      | modr
            बागरा      | bgr
            Bagora     | bgor
            Sanchore   | scor
            """)
    void theKeyIsAConsonantSkeletonWithTheNonInitialAGone(String name, String key) {
        assertThat(PlaceSpellingRule.key(name)).isEqualTo(key);
    }
}
