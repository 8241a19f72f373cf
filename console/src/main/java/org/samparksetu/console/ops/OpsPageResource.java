package org.samparksetu.console.ops;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.console.shell.Frame;
import org.samparksetu.console.shell.Frames;
import org.samparksetu.console.shell.NavigationRule;

/**
 * The ops page: its frame and empty tables; the figures come from {@code /api/ops/pipeline}, fetched by
 * static/ops.js every few seconds. Someone signed in without the ops role gets the 403 page, in their language.
 */
@Path("/ops")
@Produces(MediaType.TEXT_HTML)
public class OpsPageResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    Frames frames;
    @Inject
    @Location("ops.html")
    Template ops;
    @Inject
    @Location("forbidden.html")
    Template forbidden;

    @GET
    public Response page(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        Frame frame = frames.frame(identity, language, NavigationRule.Page.OPS.path);
        if (!NavigationRule.Page.OPS.openTo(identity.getRoles())) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Frames.render(forbidden.data("role", String.join(", ", NavigationRule.Page.OPS.roles)), frame))
                    .build();
        }
        return Response.ok(Frames.render(ops.instance(), frame)).build();
    }
}
