package org.samparksetu.routing.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which named officer holds a department's complaint at a level and a place. The post for the complaint's own
 * municipal body, block or tehsil (most specific first) answers; a post nobody can be reached at (no WhatsApp number:
 * vacant, or not filled in yet) does not. Then the district-wide post of that level. Never another department's or
 * another level's officer: telling the wrong person is worse than telling nobody, and "nobody" is reported.
 */
public final class OfficerLookupRule {

    /** One post of the directory, as the rule needs it. */
    public record Post(long id, String departmentCode, String level, String jurisdictionType, String jurisdiction,
                       String name, String designation, String whatsapp) {
        boolean reachable() {
            return whatsapp != null && !whatsapp.isBlank();
        }

        /** How the officer is named in a notice: "Ramesh Kumar Meena, Junior Engineer (JEN) PHED". */
        public String displayName() {
            return name == null || name.isBlank() ? designation : name + ", " + designation;
        }
    }

    /** Where the complaint is; any part may be unknown. */
    public record Place(String tehsil, String block, String municipalBody) {
    }

    public enum Match { LOCAL, DISTRICT_WIDE, NONE }

    /** The officer found ({@code post} null for {@link Match#NONE}) and, for NONE, why nobody. */
    public record Result(Match match, Post post, String why) {
        public boolean found() {
            return post != null;
        }
    }

    private OfficerLookupRule() {
    }

    public static Result find(List<Post> directory, String department, int level, Place place) {
        String lvl = "L" + level;
        List<Post> posts = directory.stream()
                .filter(p -> p.departmentCode().equalsIgnoreCase(department) && p.level().equalsIgnoreCase(lvl))
                .toList();
        Optional<Post> local = posts.stream()
                .filter(p -> specificity(p, place) >= 0)
                .sorted(Comparator.comparingInt(p -> specificity(p, place)))
                .filter(Post::reachable)
                .findFirst();
        if (local.isPresent()) {
            return new Result(Match.LOCAL, local.get(), null);
        }
        Optional<Post> district = posts.stream()
                .filter(p -> p.jurisdictionType().equalsIgnoreCase("DISTRICT") && p.reachable())
                .findFirst();
        if (district.isPresent()) {
            return new Result(Match.DISTRICT_WIDE, district.get(), null);
        }
        boolean vacant = posts.stream().anyMatch(p -> !p.reachable()
                && (specificity(p, place) >= 0 || p.jurisdictionType().equalsIgnoreCase("DISTRICT")));
        String where = place.tehsil() == null ? "an unknown tehsil" : "tehsil " + place.tehsil();
        return new Result(Match.NONE, null, vacant
                ? department + " " + lvl + " post for " + where + " has no WhatsApp number, and no district-wide one has"
                : "no " + department + " " + lvl + " officer for " + where + " and none district-wide");
    }

    /** 0 for the complaint's municipal body, 1 its block, 2 its tehsil; -1 when the post is not the place's. */
    private static int specificity(Post p, Place place) {
        String type = p.jurisdictionType().toUpperCase(java.util.Locale.ROOT);
        return switch (type) {
            case "MUNICIPALITY" -> same(p.jurisdiction(), place.municipalBody()) ? 0 : -1;
            case "BLOCK" -> same(p.jurisdiction(), place.block()) ? 1 : -1;
            case "TEHSIL" -> same(p.jurisdiction(), place.tehsil()) ? 2 : -1;
            default -> -1;
        };
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}
