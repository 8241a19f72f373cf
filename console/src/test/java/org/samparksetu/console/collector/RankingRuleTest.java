package org.samparksetu.console.collector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingRuleTest {

    /** Departments as "CODE:received/closed/pending/overdue", separated by spaces. */
    private static List<RankingRule.Month> months(String spec) {
        return Arrays.stream(spec.trim().split("\\s+")).map(s -> {
            String[] p = s.split("[:/]");
            return new RankingRule.Month(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3]),
                    Long.parseLong(p[4]));
        }).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // departments' months,                                      ranked (rank:code)
        "'PHED:10/5/5/5 PWD:10/5/5/0',                                '1:PWD 2:PHED'",
        // fewer overdue wins over more closed
        "'PHED:10/9/1/1 PWD:10/2/8/0',                                '1:PWD 2:PHED'",
        // same overdue share: more closed first
        "'PHED:10/4/6/0 PWD:10/8/2/0',                                '1:PWD 2:PHED'",
        // same shares: more complaints handled first
        "'PHED:2/2/0/0 JDVVNL:40/40/0/0',                             '1:JDVVNL 2:PHED'",
        // equal in everything: they share a rank, listed by code, and the next rank is skipped
        "'PWD:10/5/5/0 PHED:10/5/5/0 FOREST:10/1/9/9',                '1:PHED 1:PWD 3:FOREST'",
        // a department with nothing this month is not ranked
        "'PHED:0/0/0/0 PWD:3/3/0/0',                                  '1:PWD'",
        "'PHED:0/0/0/0',                                              ''",
    })
    void betterFirst(String departments, String expected) {
        String ranked = String.join(" ", RankingRule.rank(months(departments)).stream()
                .map(r -> r.rank() + ":" + r.month().department()).toList());
        assertThat(ranked).isEqualTo(expected);
    }
}
