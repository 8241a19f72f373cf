package org.samparksetu.notification.officer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;

/**
 * How officers are told of complaints in their charge, under {@code notification.officer.*}: the approved WhatsApp
 * template for each kind of notice (its name as Meta approved it, and which value fills each of its {{n}}, in order),
 * the language and the district's time zone for dates. The words themselves are in {@code messages/officer_*.properties}.
 */
@ConfigMapping(prefix = "notification.officer")
public interface OfficerConfig {

    /** {@code hi} or {@code en}: the officers' language (one per district). */
    @WithDefault("hi")
    String language();

    /** The time zone a deadline's date is told in. */
    @WithDefault("Asia/Kolkata")
    String zone();

    /** Per notice kind ({@code NEW_COMPLAINT}, …): the template. */
    Map<String, Template> templates();

    interface Template {
        /** The template's name as approved by Meta (the same name in every language). */
        String name();

        /**
         * The values of its {{1}}..{{n}}, in order: {@code officer}, {@code id}, {@code department}, {@code level},
         * {@code tehsil}, {@code due}. The bundle's text of the kind uses exactly these as named placeholders.
         */
        List<String> parameters();
    }
}
