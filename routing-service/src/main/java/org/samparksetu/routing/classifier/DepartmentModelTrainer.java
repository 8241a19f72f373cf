package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Build step (exec-maven-plugin, {@code process-classes} phase): trains the department model on the repository
 * corpus and writes it to {@code target/classes/}{@value DepartmentModel#PACKAGED_RESOURCE}, so the service loads
 * it instead of training at every start-up.
 * {@code java -cp <classes + runtime class path> org.samparksetu.routing.classifier.DepartmentModelTrainer OUT.bin}
 */
public final class DepartmentModelTrainer {
    private DepartmentModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DepartmentModelTrainer OUTPUT.bin");
        }
        Path target = Path.of(args[0]);
        long t0 = System.nanoTime();
        List<LabelledComplaint> corpus = ComplaintClassifier.trainingCorpus();
        DepartmentModel model = DepartmentModel.train(new TextAnalyzer(), corpus);
        Files.createDirectories(target.toAbsolutePath().getParent());
        // write beside and move, so an interrupted build never leaves a truncated model to be packaged
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            model.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("department model trained on %d complaints in %d ms -> %s (%d bytes)%n", corpus.size(),
                (System.nanoTime() - t0) / 1_000_000, target, Files.size(target));
    }
}
