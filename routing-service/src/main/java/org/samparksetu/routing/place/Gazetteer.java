package org.samparksetu.routing.place;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.data.TsvResource;
import org.samparksetu.routing.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Jalore's places and how a complaint is placed. The villages, the census town, the municipal towns' points and
 * the gram panchayats are LGD's ({@code gazetteer/jalore-villages.csv}, 834 rows); the tehsils, panchayat samitis,
 * municipal bodies and the Devanagari spellings LGD lacks are ours ({@code gazetteer/jalore.tsv}).
 *
 * <p>A complaint is placed from its words first: a run of one to four words is looked up by its
 * {@link PlaceSpellingRule} key, so "गांव मोदरान", "village Modran" and LGD's "Modra" meet. A name several villages
 * share (four Rampuras) is not guessed: the place is AMBIGUOUS with the candidates listed, unless the complaint
 * also names the tehsil, samiti or gram panchayat (or its pin lies at one of them). A name that is also an
 * everyday word (खारा पानी, कूड़ा, bank) or a short key that ordinary words produce counts only next to a word
 * such as गांव / village / ग्राम पंचायत. Without a village in the words the location pin decides (the nearest
 * known place). Plain Java, immutable after construction, thread-safe.
 */
public final class Gazetteer {
    static final String VILLAGES_CSV = "/gazetteer/jalore-villages.csv";
    static final String UNITS_TSV = "/gazetteer/jalore.tsv";
    /** Shorter keys are produced by too many ordinary words ("पर", "रहा", "light") to count without गांव. */
    static final int MIN_UNCUED_KEY = 5;
    /** A pin this close to a village's centroid is read as that village. */
    static final double VILLAGE_PIN_KM = 5;
    /** A pin this close to a municipal town's centre is in the town. */
    static final double TOWN_PIN_KM = 4;

    /** One place. Kinds: DISTRICT, SUBDIVISION, TEHSIL, BLOCK, TOWN, CENSUS_TOWN, VILLAGE, GP. */
    public record Entry(String kind, String id, String nameEn, String nameHi, List<String> spellings,
                        String tehsil, String block, String gramPanchayat, String municipalBody, Double lat,
                        Double lon) {
        boolean hasPoint() {
            return lat != null && lon != null;
        }

        GeoPoint point() {
            return hasPoint() ? new GeoPoint(lat, lon, null, null) : null;
        }

        boolean isVillage() {
            return kind.equals("VILLAGE") || kind.equals("CENSUS_TOWN");
        }

        /** "Rampura (Chitalwana, GP Itada)": how an ambiguous candidate is shown to an operator. */
        String label() {
            return nameEn + " (" + tehsil + (gramPanchayat == null ? "" : ", GP " + gramPanchayat) + ")";
        }
    }

    /** cued: next to गांव / village; afterPanchayat: "ग्राम पंचायत X", which names the gram panchayat X. */
    private record Hit(int start, int length, String words, List<Entry> candidates, boolean cued, boolean afterPanchayat) {
        List<Entry> of(String... kinds) {
            Set<String> k = Set.of(kinds);
            return candidates.stream().filter(e -> k.contains(e.kind())).toList();
        }
    }

    private static final Set<String> DISTRICT_WORDS = Set.of("जिला", "जिले", "जिल", "jila", "jile", "zila", "zile", "district", "dist", "distt");
    private static final Set<String> TEHSIL_WORDS = Set.of("तहसील", "tehsil", "tahsil", "tehseel", "समिति", "samiti", "block", "ब्लॉक", "उपखंड", "उपखण्ड", "subdivision");
    /** Words that make the word right after them a village's name: गांव बागरा, ग्राम पंचायत करोला, village Modran. */
    private static final Set<String> NAME_BEFORE = Set.of("गांव", "गाँव", "गाव", "गावं", "ग्राम", "ढाणी", "पंचायत", "gaon", "gaaon", "gav", "gaav", "gao", "village", "gram", "dhani", "panchayat");
    /** Words that make the word right before them a village's name: मोदरान गांव, modran gaon, Karola gram panchayat. */
    private static final Set<String> NAME_AFTER = Set.of("गांव", "गाँव", "गाव", "गावं", "ग्राम", "ढाणी", "gaon", "gaaon", "gav", "gaav", "gao", "village", "gram", "dhani");
    private static final Set<String> RURAL_WORDS = Set.of("गांव", "गाँव", "गाव", "ग्राम", "ढाणी", "गावं", "gaon", "gaaon", "gav", "gaav", "gao", "village", "gram", "dhani", "पंचायत", "panchayat", "सरपंच", "sarpanch");
    private static final Set<String> URBAN_WORDS = Set.of("शहर", "नगरपालिका", "नगर", "परिषद", "कॉलोनी", "कालोनी", "colony", "city", "shahar", "sahar", "nagarpalika", "nagar", "municipality", "municipal", "parishad", "town");
    private static final Set<String> WARD_WORDS = Set.of("वार्ड", "वॉर्ड", "ward", "vard", "wd");
    /**
     * Village names (LGD) that are also words of everyday complaints, in either script: they place a complaint
     * only next to गांव / village / ग्राम पंचायत ("खारा पानी" is salty water, not the village Khara).
     */
    static final List<String> EVERYDAY_WORDS = List.of(
            "bank", "बैंक", "khara", "खारा", "khari", "खारी", "kura", "kuda", "कूड़ा", "कुड़ा", "bari", "बारी", "pal",
            "पाल", "gang", "noon", "leta", "लेटा", "vada", "wada", "वादा", "rah", "राह", "gola", "गोला", "rama",
            "daman", "दमन", "agar", "अगर", "bali", "bala", "बाल", "kora", "कोरा", "nabi", "roda", "road", "jora",
            "जोड़ा", "chara", "चारा", "bakra", "बकरा", "dhani", "ढाणी", "padar", "medha", "basan", "ghana",
            "घना", "dabal", "oon", "ऊन", "loor", "pur", "पुर", "पूरा", "kod", "code", "ker", "केर", "mera",
            "bijli", "बिजली", "anganwadi", "आंगनवाड़ी", "आंगणवाड़ी", "water", "doctor", "डॉक्टर", "डाक्टर", "सीवर",
            "sewar", "seen", "counter", "काउंटर", "गांव", "gaon", "nadi", "नदी", "pad", "tar", "तार", "dur", "दूर",
            "kabhi", "कभी", "karwa", "करवा", "kamre", "कमरे", "sankra", "संकरा", "card", "कार्ड", "pari", "पड़ी",
            "raha", "रहा", "par", "पर", "chod", "छोड़", "kar", "कर", "kam", "काम", "ras", "light", "लाइट", "tura",
            "pada", "पड़ा", "dam", "दाम", "bas", "बस", "char", "चार", "jod", "जोड़", "das", "दस", "medh", "मेढ़");

    /** Grammar that sounds like a village (पूरा गांव is "the whole village", not Pur or Pooran): never a name. */
    static final List<String> NEVER_NAMES = List.of("पूरा", "पुरा", "पूरे", "पुरे", "pura", "poora", "pure", "poore");

    private final TextAnalyzer analyzer;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    /** Latin spellings as written (LGD names, their variants, our aliases): among villages sharing a key they decide. */
    private final Map<String, Set<Entry>> latinSpelling = new HashMap<>();
    private final Set<String> anySpelling = new HashSet<>();
    private final Set<String> everydayKeys = new HashSet<>();
    private final Set<String> district, tehsilWords, rural, urban, wardWords, nameBefore, nameAfter, panchayat, never;

    public Gazetteer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.entries = load();
        for (Entry e : entries) {
            if (e.kind().equals("DISTRICT") || e.kind().equals("SUBDIVISION")) {
                continue; // a subdivision is named like its tehsil; the district is told by जिला / district
            }
            for (String s : e.spellings()) {
                List<String> toks = analyzer.tokensWithStopWords(s);
                if (toks.isEmpty()) {
                    continue;
                }
                String key = PlaceSpellingRule.key(String.join("", toks));
                List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
                String joined = String.join(" ", toks);
                anySpelling.add(joined);
                if (!PlaceSpellingRule.isDevanagari(joined)) {
                    latinSpelling.computeIfAbsent(joined, k -> new LinkedHashSet<>()).add(e);
                }
            }
        }
        for (String w : EVERYDAY_WORDS) {
            everydayKeys.add(PlaceSpellingRule.key(String.join("", analyzer.tokensWithStopWords(w))));
        }
        this.district = norm(DISTRICT_WORDS);
        this.tehsilWords = norm(TEHSIL_WORDS);
        this.rural = norm(RURAL_WORDS);
        this.urban = norm(URBAN_WORDS);
        this.wardWords = norm(WARD_WORDS);
        this.nameBefore = norm(NAME_BEFORE);
        this.nameAfter = norm(NAME_AFTER);
        this.panchayat = norm(Set.of("पंचायत", "panchayat"));
        this.never = norm(Set.copyOf(NEVER_NAMES));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Names several villages (or census towns) share by key, with the villages: the names we never guess. */
    public Map<String, List<String>> ambiguousVillageNames() {
        Map<String, List<String>> out = new TreeMap<>();
        for (List<Entry> list : byKey.values()) {
            List<Entry> villages = list.stream().filter(Entry::isVillage).distinct().toList();
            if (villages.size() > 1) {
                out.put(villages.stream().map(Entry::nameEn).distinct().sorted().reduce((a, b) -> a + "/" + b).orElseThrow(),
                        villages.stream().map(Entry::label).sorted().toList());
            }
        }
        return out;
    }

    /** Places a complaint from its words, then its pin. */
    public Place locate(String text, GeoPoint pin) {
        Place fromText = fromText(analyzer.tokensWithStopWords(text));
        if (pin == null) {
            return fromText;
        }
        if (fromText.isAmbiguous()) {
            return pinAmong(fromText, pin);
        }
        if (!fromText.kind().equals("UNKNOWN") && !fromText.kind().equals("TEHSIL")) {
            return fromText;
        }
        Place fromPin = nearest(pin.latitude(), pin.longitude());
        if (fromPin != null && (fromText.tehsil() == null || fromText.tehsil().equals(fromPin.tehsil()))) {
            return fromPin;
        }
        return fromText;
    }

    Place fromText(List<String> tokens) {
        boolean ruralCue = tokens.stream().anyMatch(rural::contains);
        boolean urbanCue = tokens.stream().anyMatch(urban::contains);
        String wardNo = wardNumber(tokens);
        List<Hit> hits = hits(tokens);

        Hit village = null, ambiguous = null, gp = null, town = null, tehsil = null;
        List<Entry> villageCandidates = List.of();
        Set<String> namedTehsils = new HashSet<>(), namedBlocks = new HashSet<>(), namedGps = new HashSet<>();
        Map<Hit, String> meaning = new LinkedHashMap<>();
        for (Hit h : hits) {
            String before = h.start() > 0 ? tokens.get(h.start() - 1) : "";
            String after = h.start() + h.length() < tokens.size() ? tokens.get(h.start() + h.length()) : "";
            boolean asDistrict = district.contains(before) || district.contains(after);
            boolean asTehsil = tehsilWords.contains(before) || tehsilWords.contains(after);
            List<Entry> units = h.of("TEHSIL", "BLOCK");
            List<Entry> towns = h.of("TOWN");
            String m;
            if (asDistrict) {
                m = "district";
            } else if (h.afterPanchayat() && !h.of("GP").isEmpty()) {
                m = "gp";
            } else if (asTehsil && !units.isEmpty()) {
                m = "tehsil";
            } else if (!h.cued() && !towns.isEmpty()) {
                m = "town";
            } else if (!h.cued() && !units.isEmpty()) {
                m = "tehsil"; // "Raniwara", "Chitalwana": the tehsil, unless गांव says the village of that name
            } else if (!h.of("VILLAGE", "CENSUS_TOWN").isEmpty()) {
                m = "village";
            } else if (!h.of("GP").isEmpty()) {
                m = "gp";
            } else if (!units.isEmpty()) {
                m = "tehsil";
            } else if (!towns.isEmpty()) {
                m = "town";
            } else {
                m = "none";
            }
            meaning.put(h, m);
            switch (m) {
                case "tehsil" -> {
                    units.forEach(u -> {
                        namedTehsils.add(u.tehsil());
                        namedBlocks.add(u.block());
                    });
                    tehsil = tehsil == null || asTehsil ? h : tehsil;
                }
                case "town" -> {
                    towns.forEach(t -> namedTehsils.add(t.tehsil()));
                    town = town == null ? h : town;
                }
                case "gp" -> h.of("GP").forEach(g -> namedGps.add(g.nameEn()));
                default -> { }
            }
        }
        for (Hit h : hits) {
            if (meaning.get(h).equals("village")) {
                List<Entry> c = narrow(h.of("VILLAGE", "CENSUS_TOWN"), namedTehsils, namedBlocks, namedGps);
                if (c.size() == 1 && village == null) {
                    village = h;
                    villageCandidates = c;
                } else if (c.size() > 1 && ambiguous == null) {
                    ambiguous = h;
                }
            } else if (meaning.get(h).equals("gp") && gp == null) {
                gp = h;
            }
        }
        if (village != null) {
            return villagePlace(villageCandidates.get(0), "TEXT", village.words());
        }
        if (ambiguous != null) {
            return ambiguousPlace(narrow(ambiguous.of("VILLAGE", "CENSUS_TOWN"), namedTehsils, namedBlocks, namedGps),
                    ambiguous.words());
        }
        if (gp != null) {
            List<Entry> gps = narrow(gp.of("GP"), namedTehsils, namedBlocks, Set.of());
            if (gps.size() == 1) {
                Entry g = gps.get(0);
                return new Place("GP", g.nameEn(), g.tehsil(), g.block(), g.nameEn(), null, null, false, null, null,
                        List.of(), "TEXT", gp.words());
            }
        }
        if (town != null && !ruralCue) {
            Entry t = town.of("TOWN").get(0);
            return new Place("TOWN", t.nameEn(), t.tehsil(), t.block(), null, t.municipalBody(), wardNo, true,
                    t.point(), "ulb", List.of(), "TEXT", town.words());
        }
        Hit unit = tehsil != null ? tehsil : town;
        if (unit != null) {
            Entry t = unit.of("TEHSIL", "BLOCK", "TOWN").get(0);
            Entry tehsilEntry = entries.stream().filter(e -> e.kind().equals("TEHSIL") && e.tehsil().equals(t.tehsil()))
                    .findFirst().orElse(t);
            return new Place("TEHSIL", t.tehsil(), t.tehsil(), tehsilEntry.block(), null, null, null, false, null, null,
                    List.of(), "TEXT", unit.words());
        }
        if (urbanCue && !ruralCue) {
            return new Place("TOWN", null, null, null, null, null, wardNo, true, null, null, List.of(), "TEXT", "urban words");
        }
        return Place.UNKNOWN;
    }

    /** Every run of one to four words that names a place we know, longest first, none overlapping. */
    private List<Hit> hits(List<String> tokens) {
        List<Hit> hits = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int n = Math.min(4, tokens.size()); n >= 1; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                if (anyUsed(used, i, n)) {
                    continue;
                }
                List<String> gram = tokens.subList(i, i + n);
                if (analyzer.isStopWord(gram.get(0)) || analyzer.isStopWord(gram.get(n - 1)) || (n == 1 && never.contains(gram.get(0)))) {
                    continue; // "के जाखल" is Jakhal; "में", "की" name nothing
                }
                String key = PlaceSpellingRule.key(String.join("", gram));
                List<Entry> keyed = key.length() < 2 ? null : byKey.get(key);
                if (keyed == null) {
                    continue;
                }
                String joined = String.join(" ", gram);
                boolean cued = (i > 0 && nameBefore.contains(tokens.get(i - 1))) || (i + n < tokens.size() && nameAfter.contains(tokens.get(i + n)));
                boolean everyday = everydayKeys.contains(key);
                if (!cued && (everyday || (!anySpelling.contains(joined) && key.length() < MIN_UNCUED_KEY))) {
                    continue;
                }
                boolean afterPanchayat = i > 0 && panchayat.contains(tokens.get(i - 1));
                hits.add(new Hit(i, n, joined, decidedBySpelling(keyed, joined), cued, afterPanchayat));
                for (int j = i; j < i + n; j++) {
                    used[j] = true;
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * Villages sharing a key but spelled differently in Latin (LGD's Danta and Dhanta) are told apart by the
     * spelling the citizen used. Devanagari never decides: LGD has no Devanagari names, so only the villages we
     * happened to give one would match.
     */
    private List<Entry> decidedBySpelling(List<Entry> keyed, String joined) {
        Set<Entry> spelled = latinSpelling.get(joined);
        if (spelled == null || keyed.stream().filter(Entry::isVillage).count() < 2) {
            return keyed;
        }
        List<Entry> villages = keyed.stream().filter(e -> e.isVillage() && spelled.contains(e)).toList();
        if (villages.isEmpty()) {
            return keyed;
        }
        List<Entry> out = new ArrayList<>(keyed.stream().filter(e -> !e.isVillage()).toList());
        out.addAll(villages);
        return out;
    }

    /** The candidates in a tehsil, samiti or gram panchayat the complaint also names, if that leaves any. */
    private static List<Entry> narrow(List<Entry> candidates, Set<String> tehsils, Set<String> blocks, Set<String> gps) {
        List<Entry> in = candidates.stream().filter(c -> tehsils.contains(c.tehsil()) || blocks.contains(c.block())
                || gps.contains(c.gramPanchayat())).toList();
        return in.isEmpty() ? candidates : in;
    }

    /** An ambiguous name and a pin: the one candidate the pin lies at, if exactly one. */
    private Place pinAmong(Place ambiguous, GeoPoint pin) {
        List<Entry> near = entries.stream().filter(Entry::isVillage).filter(e -> ambiguous.candidates().contains(e.label()))
                .filter(Entry::hasPoint)
                .filter(e -> km(pin.latitude(), pin.longitude(), e.lat(), e.lon()) <= VILLAGE_PIN_KM).toList();
        if (near.size() != 1) {
            return ambiguous;
        }
        return villagePlace(near.get(0), "TEXT+PIN", ambiguous.evidence() + String.format(Locale.ROOT,
                "; pin %.4f,%.4f at %s", pin.latitude(), pin.longitude(), near.get(0).nameEn()));
    }

    private static Place villagePlace(Entry v, String source, String evidence) {
        return new Place(v.kind(), v.nameEn(), v.tehsil(), v.block(), v.gramPanchayat(), null, null, false, v.point(),
                v.kind().equals("CENSUS_TOWN") ? "census_town" : "village", List.of(), source, evidence);
    }

    private static Place ambiguousPlace(List<Entry> candidates, String words) {
        List<String> labels = candidates.stream().map(Entry::label).sorted().toList();
        String tehsil = shared(candidates.stream().map(Entry::tehsil).toList());
        String block = shared(candidates.stream().map(Entry::block).toList());
        return new Place("AMBIGUOUS", null, tehsil, block, null, null, null, false, null, null, labels, "TEXT",
                "several villages are called \"" + words + "\": " + String.join(" | ", labels));
    }

    private static String shared(List<String> values) {
        return values.stream().distinct().count() == 1 ? values.get(0) : null;
    }

    /** The nearest known place to a pin: a town within 4 km makes it urban; else the nearest village or tehsil. */
    public Place nearest(double lat, double lon) {
        Entry best = entries.stream().filter(Entry::hasPoint)
                .filter(e -> e.isVillage() || e.kind().equals("TOWN") || e.kind().equals("TEHSIL"))
                .min(Comparator.comparingDouble(e -> km(lat, lon, e.lat(), e.lon()))).orElse(null);
        if (best == null || km(lat, lon, best.lat(), best.lon()) > 40) {
            return null; // not in Jalore as far as we know
        }
        double d = km(lat, lon, best.lat(), best.lon());
        String evidence = String.format(Locale.ROOT, "pin %.4f,%.4f (%.1f km from %s)", lat, lon, d, best.nameEn());
        Entry town = entries.stream().filter(e -> e.kind().equals("TOWN") && e.hasPoint())
                .filter(e -> km(lat, lon, e.lat(), e.lon()) <= TOWN_PIN_KM)
                .min(Comparator.comparingDouble(e -> km(lat, lon, e.lat(), e.lon()))).orElse(null);
        if (town != null) {
            return new Place("TOWN", town.nameEn(), town.tehsil(), town.block(), null, town.municipalBody(), null, true,
                    town.point(), "ulb", List.of(), "PIN", evidence);
        }
        if (best.isVillage() && d <= VILLAGE_PIN_KM) {
            return villagePlace(best, "PIN", evidence);
        }
        Entry tehsil = entries.stream().filter(e -> e.kind().equals("TEHSIL") && e.tehsil().equals(best.tehsil()))
                .findFirst().orElse(best);
        return new Place("TEHSIL", best.tehsil(), best.tehsil(), tehsil.block(), null, null, null, false, null, null,
                List.of(), "PIN", evidence);
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private String wardNumber(List<String> tokens) {
        String wardNo = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (wardWords.contains(tokens.get(i))) {
                String next = tokens.get(i + 1).equals("नं") || tokens.get(i + 1).equals("no") || tokens.get(i + 1).equals("number")
                        || tokens.get(i + 1).equals("नंबर") ? (i + 2 < tokens.size() ? tokens.get(i + 2) : "") : tokens.get(i + 1);
                if (next.matches("\\d{1,3}")) {
                    wardNo = next;
                }
            }
        }
        return wardNo;
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int j = from; j < from + n; j++) {
            if (used[j]) {
                return true;
            }
        }
        return false;
    }

    private Set<String> norm(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(analyzer.tokens(w));
        }
        return out;
    }

    // ---- loading -------------------------------------------------------------------------------------------

    private static List<Entry> load() {
        List<String[]> units = TsvResource.rows(UNITS_TSV, 11, "11 columns: kind id name_en name_hi spellings tehsil block municipal_body lat lon note");
        List<Entry> list = new ArrayList<>();
        List<String[]> aliases = new ArrayList<>();
        Map<String, String> tehsilByKey = new HashMap<>(), blockByKey = new HashMap<>();
        for (String[] f : units) {
            if (f[0].equals("ALIAS")) {
                aliases.add(f);
                continue;
            }
            List<String> spellings = spellings(f[2], f[3], f[4]);
            list.add(new Entry(f[0], f[1], f[2], dash(f[3]), spellings, dash(f[5]), dash(f[6]), null, dash(f[7]),
                    number(f[8]), number(f[9])));
            if (f[0].equals("TEHSIL") || f[0].equals("BLOCK")) {
                Map<String, String> names = f[0].equals("TEHSIL") ? tehsilByKey : blockByKey;
                spellings.forEach(s -> names.put(PlaceSpellingRule.key(s), f[0].equals("TEHSIL") ? f[5] : f[6]));
            }
        }
        Map<String, Entry> villagesByLgd = new LinkedHashMap<>();
        Map<String, List<String[]>> gpVillages = new LinkedHashMap<>();
        for (Map<String, String> r : csv(VILLAGES_CSV)) {
            String tehsil = canonical(tehsilByKey, r.get("tehsil"), "tehsil");
            String block = r.get("block").isBlank() ? null : canonical(blockByKey, r.get("block"), "block");
            String gp = dash(r.get("gram_panchayat"));
            // a point LGD's source flags as suspect (Ratanara, ~40 km off) is worse than none for a field check
            boolean suspect = r.get("notes").contains("coordinates suspect");
            Double lat = suspect ? null : number(r.get("lat")), lon = suspect ? null : number(r.get("lon"));
            List<String> spellings = new ArrayList<>(spellings(r.get("village_en"), r.get("village_hi"), "-"));
            if (!r.get("alt_names_en").isBlank()) {
                spellings.addAll(List.of(r.get("alt_names_en").split(";")));
            }
            switch (r.get("type")) {
                case "ulb" -> mergeTown(list, r, tehsil, spellings, lat, lon);
                case "village", "census_town" -> {
                    String name = r.get("village_en").replace(" (Ct)", "").strip();
                    Entry e = new Entry(r.get("type").equals("village") ? "VILLAGE" : "CENSUS_TOWN", "lgd:" + r.get("lgd_code"),
                            name, dash(r.get("village_hi")), spellings, tehsil, block, gp, null, lat, lon);
                    villagesByLgd.put(r.get("lgd_code"), e);
                    if (gp != null) {
                        gpVillages.computeIfAbsent(r.get("gram_panchayat_lgd_code"), k -> new ArrayList<>())
                                .add(new String[]{gp, tehsil, block});
                    }
                }
                default -> throw new IllegalStateException(VILLAGES_CSV + ": unknown type " + r.get("type"));
            }
        }
        for (String[] f : aliases) {
            String lgd = f[1].replace("lgd:", "");
            Entry v = villagesByLgd.get(lgd);
            if (v == null || !v.nameEn().equals(f[2])) {
                throw new IllegalStateException(UNITS_TSV + ": ALIAS " + f[1] + " " + f[2] + " is not LGD village "
                        + (v == null ? "(no such code)" : v.nameEn()));
            }
            List<String> more = new ArrayList<>(v.spellings());
            more.addAll(spellings(f[2], f[3], f[4]));
            villagesByLgd.put(lgd, new Entry(v.kind(), v.id(), v.nameEn(), v.nameHi() != null ? v.nameHi() : dash(f[3]),
                    List.copyOf(new LinkedHashSet<>(more)), v.tehsil(), v.block(), v.gramPanchayat(), null, v.lat(), v.lon()));
        }
        list.addAll(villagesByLgd.values());
        gpVillages.forEach((code, rows) -> {
            String[] first = rows.get(0);
            list.add(new Entry("GP", "gp:" + code, first[0], null, List.of(first[0]), first[1], first[2], first[0], null, null, null));
        });
        return List.copyOf(list);
    }

    /** A municipal body's LGD row gives our TOWN row its LGD point and Devanagari name. */
    private static void mergeTown(List<Entry> list, Map<String, String> r, String tehsil, List<String> spellings, Double lat, Double lon) {
        String key = PlaceSpellingRule.key(r.get("village_en"));
        for (int i = 0; i < list.size(); i++) {
            Entry t = list.get(i);
            if (t.kind().equals("TOWN") && PlaceSpellingRule.key(t.nameEn()).equals(key) && t.tehsil().equals(tehsil)) {
                List<String> more = new ArrayList<>(t.spellings());
                more.addAll(spellings);
                list.set(i, new Entry("TOWN", t.id(), t.nameEn(), t.nameHi(), List.copyOf(new LinkedHashSet<>(more)), t.tehsil(),
                        t.block(), null, t.municipalBody(), lat != null ? lat : t.lat(), lon != null ? lon : t.lon()));
                return;
            }
        }
        throw new IllegalStateException(VILLAGES_CSV + ": municipal body " + r.get("village_en") + " has no TOWN row in " + UNITS_TSV);
    }

    private static String canonical(Map<String, String> byKey, String name, String what) {
        String c = byKey.get(PlaceSpellingRule.key(name));
        if (c == null) {
            throw new IllegalStateException(VILLAGES_CSV + ": " + what + " '" + name + "' is not a " + what + " of " + UNITS_TSV);
        }
        return c;
    }

    private static List<String> spellings(String en, String hi, String more) {
        Set<String> out = new LinkedHashSet<>();
        out.add(en.strip());
        if (dash(hi) != null) {
            out.add(hi.strip());
        }
        if (dash(more) != null) {
            for (String s : more.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The CSV as header → value maps; a quoted field may hold commas. */
    static List<Map<String, String>> csv(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " missing from the routing service");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (var r = new InputStreamReader(in, StandardCharsets.UTF_8);
             var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .get().parse(r)) {
            int columns = records.getHeaderNames().size();
            for (CSVRecord f : records) {
                if (f.size() != columns) {
                    throw new IllegalStateException(resource + " line " + f.getRecordNumber() + ": expected " + columns
                            + " fields, found " + f.size());
                }
                rows.add(new LinkedHashMap<>(f.toMap()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Double number(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : Double.valueOf(s);
    }

    private static String dash(String s) {
        return s == null || s.equals("-") || s.isBlank() ? null : s;
    }
}
