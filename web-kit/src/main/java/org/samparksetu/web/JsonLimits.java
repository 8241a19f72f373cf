package org.samparksetu.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits on every JSON body every service reads through Jackson (the REST layer's mapper is this one): a body nested
 * deeper than {@code sampark.web.json.max-nesting-depth} (64; no request of ours goes beyond 6) or longer than
 * {@code sampark.web.json.max-document-length} characters is refused while it is parsed, before it costs a deep
 * stack or a large tree, and {@link ApiErrorMappers} answers 400 saying which limit it broke.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** 3 MB, the largest body any service accepts (WhatsApp's webhooks). */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 3L * 1024 * 1024;

    @ConfigProperty(name = "sampark.web.json.max-nesting-depth", defaultValue = "" + DEFAULT_MAX_NESTING_DEPTH)
    int maxNestingDepth;
    @ConfigProperty(name = "sampark.web.json.max-document-length", defaultValue = "" + DEFAULT_MAX_DOCUMENT_LENGTH)
    long maxDocumentLength;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints(maxNestingDepth, maxDocumentLength));
    }

    /** The constraints, for a service's own mapper (e.g. one that reads a signed body as bytes). */
    public static StreamReadConstraints constraints(int maxNestingDepth, long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    public static StreamReadConstraints defaults() {
        return constraints(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_DOCUMENT_LENGTH);
    }

    /**
     * Jackson's sentence without its pointer into Jackson's API: "Document nesting depth (65) exceeds the maximum
     * allowed (64)".
     */
    public static String describe(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "a JSON limit was exceeded" : e.getOriginalMessage();
        int from = m.indexOf(", from `");
        return from < 0 ? m : m.substring(0, from) + ")";
    }
}
