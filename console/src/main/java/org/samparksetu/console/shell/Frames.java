package org.samparksetu.console.shell;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.TreeSet;

/** Builds a page's {@link Frame} from the signed-in identity and the language choice, and puts it on a template. */
@ApplicationScoped
public class Frames {
    /** The cookie that remembers the language a person chose. */
    public static final String LANGUAGE_COOKIE = "console-lang";

    public Frame frame(SecurityIdentity identity, String languageCookie, String path) {
        String language = LanguageRule.choose(null, languageCookie);
        Set<String> roles = identity.isAnonymous() ? Set.of() : identity.getRoles();
        String user = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        var nav = NavigationRule.pagesFor(roles).stream()
                .map(p -> new Frame.NavItem(p.path, p.label, p.path.equals(path) || (p != NavigationRule.Page.HOME && path.startsWith(p.path + "/")))).toList();
        return new Frame(language, LanguageRule.other(language), user,
                String.join(", ", new TreeSet<>(roles)), nav, path);
    }

    /** The template in the frame's language, with the frame as {@code frame}. */
    public static TemplateInstance render(TemplateInstance page, Frame frame) {
        return page.data("frame", frame).setLocale(LanguageRule.locale(frame.language()));
    }
}
