package org.samparksetu.routing.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.routing.directory.OfficerLookupRule.Match;
import org.samparksetu.routing.directory.OfficerLookupRule.Place;
import org.samparksetu.routing.directory.OfficerLookupRule.Post;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a small Jalore directory and a complaint's department, level and place, when routing looks for the officer
 * to tell, then it finds the post of the complaint's town, block or tehsil, else the district-wide one of that level,
 * else nobody (and never another department's or level's officer).
 */
class OfficerLookupRuleTest {

    private static final List<Post> DIRECTORY = List.of(
            post(1, "PHED", "L1", "TEHSIL", "Sayla", "Mahendra Singh Deora", "919000000001"),
            post(2, "PHED", "L1", "TEHSIL", "Bhinmal", "Sunita Bishnoi", "919000000002"),
            post(3, "PHED", "L1", "TEHSIL", "Ahore", null, null), // vacant
            post(4, "PHED", "L2", "DISTRICT", "Jalore", "Om Prakash Sharma", "919000000004"),
            post(5, "TRANSPORT", "L1", "DISTRICT", "Jalore", "Imran Khan", "919000000005"),
            post(6, "HEALTH", "L1", "BLOCK", "Sarnau", "Kavita Purohit", "919000000006"),
            post(7, "HEALTH", "L1", "DISTRICT", "Jalore", "Narpat Singh Rathore", "919000000007"),
            post(8, "LSG", "L1", "MUNICIPALITY", "Nagar Palika Bhinmal", "Pooja Mali", "919000000008"),
            post(9, "LSG", "L2", "DISTRICT", "Jalore", "Rajendra Jain", "919000000009"),
            post(10, "JDVVNL", "L1", "TEHSIL", "Sayla", "Bhanwar Lal Suthar", "919000000010"),
            post(11, "REVENUE", "L1", "TEHSIL", "Bagoda", "Vikram Singh Bhati", null), // not filled in yet
            post(12, "REVENUE", "L1", "DISTRICT", "Jalore", "Ashok Choudhary", ""));

    @ParameterizedTest(name = "{0} L{1} at {2}/{3}/{4}: {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # department | level | tehsil      | block       | municipal body       | match         | officer | why
            PHED         | 1     | Sayla       | Sayla       | -                    | LOCAL         | 1       | the JEN of the complaint's tehsil
            PHED         | 1     | sayla       | -           | -                    | LOCAL         | 1       | tehsil written in another case
            PHED         | 1     | Bhinmal     | Bhinmal     | -                    | LOCAL         | 2       | another tehsil, another JEN
            PHED         | 2     | Sayla       | Sayla       | -                    | DISTRICT_WIDE | 4       | the AEN holds the whole district
            PHED         | 1     | Ahore       | Ahore       | -                    | NONE          | -       | Ahore's JEN post is vacant and PHED has no district-wide JEN
            PHED         | 1     | -           | -           | -                    | NONE          | -       | place unknown and no district-wide JEN: nobody, not Sayla's JEN
            PHED         | 3     | Sayla       | Sayla       | -                    | NONE          | -       | no L3 in this directory: never the L2 instead
            TRANSPORT    | 1     | Sayla       | Sayla       | -                    | DISTRICT_WIDE | 5       | one motor vehicle inspector for the district
            HEALTH       | 1     | Sanchore    | Sarnau      | -                    | LOCAL         | 6       | the block (samiti) post, not the district one
            HEALTH       | 1     | Sanchore    | Sanchore    | -                    | DISTRICT_WIDE | 7       | no post for Sanchore block: the district's
            LSG          | 1     | Bhinmal     | Bhinmal     | Nagar Palika Bhinmal | LOCAL         | 8       | the town's municipal body
            LSG          | 1     | Bhinmal     | Bhinmal     | -                    | NONE          | -       | outside the town no municipal post and no district L1
            LSG          | 2     | Bhinmal     | Bhinmal     | Nagar Palika Bhinmal | DISTRICT_WIDE | 9       | the town's L2 is district-wide
            JDVVNL       | 1     | Bhinmal     | Bhinmal     | -                    | NONE          | -       | JdVVNL has no Bhinmal post here: not PHED's Bhinmal JEN
            REVENUE      | 1     | Bagoda      | Bagoda      | -                    | NONE          | -       | the tehsildar has no number yet and the district post neither
            FOOD         | 1     | Sayla       | Sayla       | -                    | NONE          | -       | a department missing from the directory
            """)
    void findsTheOfficerToTell(String department, int level, String tehsil, String block, String municipalBody,
                               Match match, Long officer, String why) {
        var result = OfficerLookupRule.find(DIRECTORY, department, level, new Place(tehsil, block, municipalBody));

        assertThat(result.match()).as(why).isEqualTo(match);
        if (officer == null) {
            assertThat(result.post()).as(why).isNull();
            assertThat(result.why()).as(why).contains(department).contains("L" + level);
        } else {
            assertThat(result.post().id()).as(why).isEqualTo(officer);
            assertThat(result.post().departmentCode()).as(why).isEqualTo(department);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # name                  | designation                   | shown as
            Mahendra Singh Deora    | Junior Engineer (JEN) PHED    | Mahendra Singh Deora, Junior Engineer (JEN) PHED
            -                       | Junior Engineer (JEN) PHED    | Junior Engineer (JEN) PHED
            """)
    void anOfficerIsNamedWithTheirPost(String name, String designation, String shown) {
        assertThat(new Post(1, "PHED", "L1", "TEHSIL", "Sayla", name, designation, "919000000001").displayName())
                .isEqualTo(shown);
    }

    private static Post post(long id, String dept, String level, String type, String jurisdiction, String name,
                             String whatsapp) {
        return new Post(id, dept, level, type, jurisdiction, name, "designation " + id, whatsapp);
    }
}
