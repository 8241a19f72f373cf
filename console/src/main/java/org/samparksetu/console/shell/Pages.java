package org.samparksetu.console.shell;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Function;

/**
 * What every page of the console does first: build its frame for the person signed in, and answer the 403 page (in
 * their language, 403 status) when their roles do not open it. Pages render through here so that no page forgets the
 * check; the services check the same roles again on every call the page makes with the person's token.
 */
@RequestScoped
public class Pages {
    @Inject
    SecurityIdentity identity;
    @Inject
    Frames frames;
    @Inject
    @Location("forbidden.html")
    Template forbidden;

    /** The page rendered by {@code render} (given the frame), or the 403 page. */
    public Response render(NavigationRule.Page page, String languageCookie, Function<Frame, TemplateInstance> render) {
        return render(page, page.path, languageCookie, render);
    }

    /** The same for a sub-page of {@code page} at {@code path} (a complaint of the officer's list, say). */
    public Response render(NavigationRule.Page page, String path, String languageCookie,
                           Function<Frame, TemplateInstance> render) {
        Frame frame = frames.frame(identity, languageCookie, path);
        if (!page.openTo(identity.getRoles())) {
            return forbidden(page, frame);
        }
        return Response.ok(Frames.render(render.apply(frame), frame)).build();
    }

    /** True when the person may use {@code page} (for the actions behind its forms). */
    public boolean may(NavigationRule.Page page) {
        return page.openTo(identity.getRoles());
    }

    public Response forbidden(NavigationRule.Page page, Frame frame) {
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Frames.render(forbidden.data("role", String.join(", ", page.roles)), frame)).build();
    }

    /** After a form's action: back to a page (303, so a reload does not send the form again). */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public SecurityIdentity identity() {
        return identity;
    }
}
