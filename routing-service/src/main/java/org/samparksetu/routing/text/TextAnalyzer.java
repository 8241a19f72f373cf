package org.samparksetu.routing.text;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemmer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns complaint text (Devanagari Hindi, Hinglish, English or a mix) into comparable tokens.
 * <ul>
 *   <li>Lucene: UAX#29 word breaks (a Devanagari word keeps its matras, so "जल" is never found inside
 *       "जलदाय"), lower case, Indic and Hindi normalisation (nukta, chandrabindu, long/short vowel slips),
 *       our own stop words — Lucene's Hindi list drops नहीं, which is the most important word in
 *       "पानी नहीं आ रहा".</li>
 *   <li>{@link #stem}: Lucene's light Hindi stemmer (पाइपलाइनें → पाइपलाइन).</li>
 *   <li>{@link #key}: ICU romanises Devanagari and a small phonetic folding is applied to both scripts, so
 *       "बिजली", "bijli" and "bijali" meet in one form ("bijl"). Romanising Devanagari is safer than
 *       converting Hinglish to Devanagari, which mangles "paani".</li>
 * </ul>
 * Thread-safe: Lucene's analyzer keeps per-thread components and the transliterator is guarded.
 */
public final class TextAnalyzer {
    /** Our own list: articles, copulas and fillers only. Negations (नहीं, nahi, not) carry meaning and stay. */
    static final List<String> STOP_WORDS = List.of(
            "है", "हैं", "था", "थे", "थी", "का", "के", "की", "को", "में", "मे", "से", "पर", "और", "भी", "ही", "तो",
            "यह", "वह", "ये", "वो", "कि", "इस", "उस", "इसे", "उसे", "एक", "जी", "श्रीमान", "महोदय", "कृपया", "हम",
            "हमारे", "हमारा", "हमारी", "मेरा", "मेरे", "मेरी", "अपने", "आप", "सर", "साहब", "निवेदन", "हुआ", "हुई",
            // requests for help say nothing about which department must help
            "करें", "करे", "करो", "कीजिए", "करिए", "मदद", "नमस्ते", "प्रणाम", "धन्यवाद", "karo", "kare", "karein", "kijiye",
            "madad", "help", "namaste", "pranam", "thanks", "dhanyavad",
            "hai", "hain", "ka", "ke", "ki", "ko", "me", "mein", "se", "par", "aur", "bhi", "hi", "to", "yeh", "ye",
            "woh", "wo", "ji", "sir", "sahab", "please", "plz", "pls", "hamare", "hamara", "mera", "mere", "meri",
            "the", "a", "an", "is", "are", "was", "were", "of", "in", "on", "and", "at", "for", "my", "our", "we",
            "i", "it", "this", "that", "be", "has", "have", "been", "there", "from", "with", "by", "kindly", "dear");

    private final CharArraySet stops;
    private final Analyzer analyzer;
    private final Analyzer normaliseOnly;

    public TextAnalyzer() {
        // the stop words go through the same normalisation as the text (की → कि), so they match what they meet
        normaliseOnly = chain(null);
        List<String> normalised = new ArrayList<>();
        for (String w : STOP_WORDS) {
            normalised.addAll(run(normaliseOnly, w));
        }
        stops = new CharArraySet(normalised, false);
        analyzer = chain(stops);
    }

    private static Analyzer chain(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new DecimalDigitFilter(ts);
                ts = new IndicNormalizationFilter(ts);
                ts = new HindiNormalizationFilter(ts);
                if (stopWords != null) {
                    ts = new StopFilter(ts, stopWords);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private final Transliterator romaniser = Transliterator.getInstance("Devanagari-Latin; Latin-ASCII; Lower");
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** Normalised whole tokens, stop words removed, in order. */
    public List<String> tokens(String text) {
        return run(analyzer, text);
    }

    /**
     * Normalised whole tokens with the stop words kept, in order: for reading which word stands right next to
     * which ("गांव बागरा" names a village, "गांव में लाइट" does not).
     */
    public List<String> tokensWithStopWords(String text) {
        return run(normaliseOnly, text);
    }

    /** Whether a normalised token is one of our stop words. */
    public boolean isStopWord(String token) {
        return stops.contains(token);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lucene's light Hindi stem of a normalised token; Latin tokens lose a plural/verb ending. */
    public String stem(String token) {
        return stems.computeIfAbsent(token, t -> {
            if (isDevanagari(t)) {
                char[] buf = t.toCharArray();
                return new String(buf, 0, new HindiStemmer().stem(buf, buf.length));
            }
            if (t.length() > 4 && t.endsWith("es")) {
                return t.substring(0, t.length() - 2);
            }
            if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
                return t.substring(0, t.length() - 1);
            }
            return t;
        });
    }

    /** A romanised phonetic key shared by Devanagari and Latin spellings of the same word. */
    public String key(String token) {
        return keys.computeIfAbsent(token, this::computeKey);
    }

    private String computeKey(String token) {
        String t = token;
        if (isDevanagari(t)) {
            // a final nasal (नहीं) is usually not written in Hinglish (nahi)
            t = t.replaceAll("[\u0901\u0902]$", "");
            synchronized (romaniser) {
                t = romaniser.transliterate(t);
            }
        }
        t = t.toLowerCase()
                .replaceAll("[^a-z0-9]", "")
                .replace("ph", "f").replace("w", "v").replace("z", "j").replace("q", "k")
                .replace("ee", "i").replace("oo", "u").replace("sh", "s").replace("x", "ks");
        // aspiration and the inherent/medial 'a' are written inconsistently in both scripts
        t = t.replaceAll("([bcdgjkpt])h", "$1").replaceAll("h$", "");
        t = t.replaceAll("(.)\\1+", "$1");
        if (t.length() > 1) {
            t = t.charAt(0) + t.substring(1).replace("a", "");
        }
        // a final vowel is mostly grammar (bijli/बिजली/bijala)
        if (t.length() > 3) {
            t = t.replaceAll("[aeiou]+$", "");
        }
        return t;
    }

    static boolean isDevanagari(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.DEVANAGARI) {
                return true;
            }
        }
        return false;
    }
}
