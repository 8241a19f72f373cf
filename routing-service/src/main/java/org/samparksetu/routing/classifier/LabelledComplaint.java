package org.samparksetu.routing.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a labelled JSONL corpus: {@code {"text","department","tehsil"?}}; other fields are ignored. */
public record LabelledComplaint(String text, String department, String tehsil) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<LabelledComplaint> read(InputStream in, String name) {
        List<LabelledComplaint> out = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(name + " line " + n + " is not JSON: " + e.getMessage());
                }
                if (!node.hasNonNull("text") || !node.hasNonNull("department")) {
                    throw new IllegalArgumentException(name + " line " + n + " needs \"text\" and \"department\"");
                }
                out.add(new LabelledComplaint(node.get("text").asText(), node.get("department").asText(),
                        node.hasNonNull("tehsil") ? node.get("tehsil").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
