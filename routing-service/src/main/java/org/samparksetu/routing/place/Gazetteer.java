package org.samparksetu.routing.place;

import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.text.TextAnalyzer;
import org.samparksetu.routing.data.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Jalore's places ({@code gazetteer/jalore.tsv}) and how a complaint is placed: from the words (whole-token
 * phrases in any spelling we know, compared after the same normalisation as the classifier) or else from a
 * location pin (nearest known place). Plain Java, immutable after construction, thread-safe.
 */
public final class Gazetteer {
    /** One row of the gazetteer. */
    public record Entry(String kind, String id, String nameEn, String nameHi, List<List<String>> spellings,
                        String tehsil, String block, String municipalBody, Double lat, Double lon) {
        boolean hasPoint() {
            return lat != null && lon != null;
        }
    }

    private record Hit(Entry entry, int start, int length, String words) {
    }

    private static final Set<String> DISTRICT_WORDS = Set.of("जिला", "जिले", "जिल", "jila", "jile", "zila", "zile", "district", "dist", "distt");
    private static final Set<String> TEHSIL_WORDS = Set.of("तहसील", "tehsil", "tahsil", "tehseel", "समिति", "samiti", "block", "ब्लॉक", "उपखंड", "उपखण्ड", "subdivision");
    private static final Set<String> RURAL_WORDS = Set.of("गांव", "गाँव", "गाव", "ग्राम", "ढाणी", "गावं", "gaon", "gaaon", "gav", "gaav", "gao", "village", "gram", "dhani", "पंचायत", "panchayat", "सरपंच", "sarpanch");
    private static final Set<String> URBAN_WORDS = Set.of("शहर", "नगरपालिका", "नगर", "परिषद", "कॉलोनी", "कालोनी", "colony", "city", "shahar", "sahar", "nagarpalika", "nagar", "municipality", "municipal", "parishad", "town");
    private static final Set<String> WARD_WORDS = Set.of("वार्ड", "वॉर्ड", "ward", "vard", "wd");

    private final TextAnalyzer analyzer;
    private final List<Entry> entries;
    private final List<Set<String>> normalisedWordSets;

    public Gazetteer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.entries = load(analyzer);
        this.normalisedWordSets = List.of(norm(DISTRICT_WORDS), norm(TEHSIL_WORDS), norm(RURAL_WORDS), norm(URBAN_WORDS), norm(WARD_WORDS));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Places a complaint from its words, falling back to the pin. */
    public Place locate(String text, GeoPoint pin) {
        Place fromText = fromText(analyzer.tokens(text));
        if (!fromText.kind().equals("UNKNOWN") && !fromText.kind().equals("TEHSIL")) {
            return fromText;
        }
        if (pin != null) {
            Place fromPin = nearest(pin.latitude(), pin.longitude());
            if (fromPin != null && (fromText.tehsil() == null || fromText.tehsil().equals(fromPin.tehsil()))) {
                return fromPin;
            }
        }
        return fromText;
    }

    Place fromText(List<String> tokens) {
        Set<String> district = normalisedWordSets.get(0), tehsilWords = normalisedWordSets.get(1),
                rural = normalisedWordSets.get(2), urban = normalisedWordSets.get(3), ward = normalisedWordSets.get(4);
        boolean ruralCue = tokens.stream().anyMatch(rural::contains);
        boolean urbanCue = tokens.stream().anyMatch(urban::contains);
        String wardNo = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (ward.contains(tokens.get(i))) {
                String next = tokens.get(i + 1).equals("नं") || tokens.get(i + 1).equals("no") || tokens.get(i + 1).equals("number")
                        || tokens.get(i + 1).equals("नंबर") ? (i + 2 < tokens.size() ? tokens.get(i + 2) : "") : tokens.get(i + 1);
                if (next.matches("\\d{1,3}")) {
                    wardNo = next;
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (!Set.of("TOWN", "GP", "VILLAGE", "TEHSIL", "BLOCK").contains(e.kind())) {
                continue;
            }
            for (List<String> spelling : e.spellings()) {
                int at = indexOf(tokens, spelling);
                if (at >= 0) {
                    hits.add(new Hit(e, at, spelling.size(), String.join(" ", spelling)));
                    break;
                }
            }
        }
        Hit village = null, town = null, tehsil = null;
        for (Hit h : hits) {
            String before = h.start() > 0 ? tokens.get(h.start() - 1) : "";
            String after = h.start() + h.length() < tokens.size() ? tokens.get(h.start() + h.length()) : "";
            boolean asDistrict = district.contains(before) || district.contains(after);
            boolean asTehsil = tehsilWords.contains(before) || tehsilWords.contains(after);
            switch (h.entry().kind()) {
                case "GP", "VILLAGE" -> village = village == null ? h : village;
                case "TOWN" -> {
                    if (!asDistrict && !asTehsil) {
                        town = town == null ? h : town;
                    }
                }
                case "TEHSIL", "BLOCK" -> {
                    if (!asDistrict) {
                        tehsil = tehsil == null || asTehsil ? h : tehsil;
                    }
                }
                default -> { }
            }
        }
        if (village != null) {
            Entry v = village.entry();
            return new Place(v.kind(), v.nameEn(), v.tehsil(), v.block(), null, null, false, "TEXT", village.words());
        }
        if (town != null && !ruralCue) {
            Entry t = town.entry();
            return new Place("TOWN", t.nameEn(), t.tehsil(), t.block(), t.municipalBody(), wardNo, true, "TEXT", town.words());
        }
        if (tehsil != null || town != null) {
            Entry t = (tehsil != null ? tehsil : town).entry();
            return new Place("TEHSIL", t.tehsil(), t.tehsil(), t.block(), null, null, false, "TEXT", (tehsil != null ? tehsil : town).words());
        }
        if (urbanCue && !ruralCue) {
            return new Place("TOWN", null, null, null, null, wardNo, true, "TEXT", "urban words");
        }
        return Place.UNKNOWN;
    }

    /** The nearest known place to a pin: a town within 4 km makes it urban; else the nearest village or tehsil. */
    public Place nearest(double lat, double lon) {
        Entry best = entries.stream().filter(Entry::hasPoint).filter(e -> !e.kind().equals("DISTRICT"))
                .min(Comparator.comparingDouble(e -> km(lat, lon, e.lat(), e.lon()))).orElse(null);
        if (best == null || km(lat, lon, best.lat(), best.lon()) > 40) {
            return null; // not in Jalore as far as we know
        }
        double d = km(lat, lon, best.lat(), best.lon());
        String evidence = String.format(java.util.Locale.ROOT, "pin %.4f,%.4f (%.1f km from %s)", lat, lon, d, best.nameEn());
        if (best.kind().equals("TOWN") || best.kind().equals("TEHSIL")) {
            Entry town = entries.stream().filter(e -> e.kind().equals("TOWN") && e.tehsil().equals(best.tehsil()) && e.hasPoint())
                    .filter(e -> km(lat, lon, e.lat(), e.lon()) <= 4).findFirst().orElse(null);
            if (town != null) {
                return new Place("TOWN", town.nameEn(), town.tehsil(), town.block(), town.municipalBody(), null, true, "PIN", evidence);
            }
            return new Place("TEHSIL", best.tehsil(), best.tehsil(), best.block(), null, null, false, "PIN", evidence);
        }
        if (d <= 5) {
            return new Place(best.kind(), best.nameEn(), best.tehsil(), best.block(), null, null, false, "PIN", evidence);
        }
        return new Place("TEHSIL", best.tehsil(), best.tehsil(), best.block(), null, null, false, "PIN", evidence);
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private Set<String> norm(Set<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.addAll(analyzer.tokens(w));
        }
        return out;
    }

    private static int indexOf(List<String> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Entry> load(TextAnalyzer analyzer) {
        List<Entry> list = new ArrayList<>();
        for (String[] f : TsvResource.rows("/gazetteer/jalore.tsv", 10, "10+ columns")) {
            List<List<String>> spellings = new ArrayList<>();
            List<String> raw = new ArrayList<>(List.of(f[2], f[3]));
            if (!f[4].equals("-")) {
                raw.addAll(List.of(f[4].split(",")));
            }
            for (String s : raw) {
                List<String> toks = analyzer.tokens(s.trim());
                if (!toks.isEmpty() && !spellings.contains(toks)) {
                    spellings.add(toks);
                }
            }
            list.add(new Entry(f[0], f[1], f[2], f[3], spellings, dash(f[5]), dash(f[6]), dash(f[7]),
                    f[8].equals("-") ? null : Double.valueOf(f[8]), f[9].equals("-") ? null : Double.valueOf(f[9])));
        }
        return List.copyOf(list);
    }

    private static String dash(String s) {
        return s == null || s.equals("-") || s.isBlank() ? null : s;
    }
}
