import org.samparksetu.routing.classifier.Classification;
import org.samparksetu.routing.classifier.ComplaintClassifier;
import org.samparksetu.routing.classifier.LabelledComplaint;

import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Complaints classified per second on one thread (the script pins the JVM to one core): the full classify() —
 * Lucene analysis, ICU keys, lexicon, maxent model, gazetteer, deciding words — over texts the model never saw
 * (corpus/test.jsonl + corpus/dev.jsonl), after a warm-up. Prints one JSON line.
 *   java -cp <routing-service classpath> ClassifierBench.java ROOT [seconds]
 */
public class ClassifierBench {
    public static void main(String[] args) throws Exception {
        String root = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = new ArrayList<>();
        for (String f : List.of("/routing-service/corpus/test.jsonl", "/routing-service/corpus/dev.jsonl")) {
            try (var in = new FileInputStream(root + f)) {
                LabelledComplaint.read(in, f).forEach(c -> texts.add(c.text()));
            }
        }
        long t0 = System.nanoTime();
        ComplaintClassifier classifier = new ComplaintClassifier();
        double trainSeconds = (System.nanoTime() - t0) / 1e9;

        long sink = 0;
        long warmEnd = System.nanoTime() + Math.min(10, Math.max(2, seconds / 3)) * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += classifier.classify(texts.get(i % texts.size())).matchedTerms().size();
        }
        long n = 0;
        long start = System.nanoTime(), end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Classification c = classifier.classify(texts.get((int) (n % texts.size())));
            sink += c.alternatives().size();
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "{\"measure\":\"routing-classify\",\"threads\":1,\"texts\":%d,\"seconds\":%.1f,"
                        + "\"complaints\":%d,\"complaints_per_second\":%.0f,\"mean_ms\":%.3f,\"train_seconds\":%.2f,\"sink\":%d}%n",
                texts.size(), elapsed, n, n / elapsed, elapsed * 1000 / n, trainSeconds, sink % 10);
    }
}
