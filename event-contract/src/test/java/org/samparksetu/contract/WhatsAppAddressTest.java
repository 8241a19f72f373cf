package org.samparksetu.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Given how a citizen's WhatsApp address arrives, when we store and send to it, then a phone becomes digits and a BSUID stays whole. */
class WhatsAppAddressTest {

    @ParameterizedTest(name = "{0} -> {1} (BSUID: {2})")
    @CsvSource(delimiter = '|', value = {
            // a villager's number as WhatsApp gives it
            "919876543210            | 919876543210            | false",
            // the same number as someone typed it
            "'+91 98765-43210'       | 919876543210            | false",
            "'(91) 98765 43210'      | 919876543210            | false",
            // a citizen with a username and no phone number: WhatsApp's business-scoped user id, kept as written
            "IN.13491208655302741918 | IN.13491208655302741918 | true",
            "' US.13491208655302741918 ' | US.13491208655302741918 | true",
            // a parent BSUID (linked business portfolios)
            "US.ENT.11815799212886844830 | US.ENT.11815799212886844830 | true",
            // something that is neither: never cut down to its digits (it would become another person's number)
            "user-abc42              | user-abc42              | false",
    })
    void normalisesWithoutManglingABusinessScopedUserId(String given, String stored, boolean bsuid) {
        assertThat(WhatsAppAddress.normalise(given)).isEqualTo(stored);
        assertThat(WhatsAppAddress.isBsuid(stored)).isEqualTo(bsuid);
    }
}
