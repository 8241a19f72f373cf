package org.samparksetu.console.cell;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.console.shell.Frames;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.util.function.Supplier;

/** {@code /blocklist}: blocked numbers and false-case flags, each with its reason; block, unblock, clear a flag. */
@SimpleRequestsAllowed("plain HTML forms of the console's own pages: each carries the page's CSRF token, which"
        + " quarkus-rest-csrf checks against its cookie; a form on another site cannot know it")
@Path("/blocklist")
@Produces(MediaType.TEXT_HTML)
public class BlocklistPageResource {
    private static final NavigationRule.Page PAGE = NavigationRule.Page.BLOCKLIST;

    @Inject
    Pages pages;
    @Inject
    Blocklist blocklist;
    @Inject
    @Location("cell/blocklist.html")
    Template template;

    @GET
    public Response page(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @QueryParam("done") String done) {
        return render(language, Said.done(done, null), null, null);
    }

    private Response render(String language, Said said, String number, String reason) {
        return pages.render(PAGE, language, frame -> template.data("view", blocklist.read()).data("said", said)
                .data("number", number == null ? "" : number).data("reason", reason == null ? "" : reason));
    }

    private Response act(String language, Supplier<ActionResult> action, String number, String reason) {
        if (!pages.may(PAGE)) {
            return pages.render(PAGE, language, frame -> null);
        }
        ActionResult result = action.get();
        if (result.problem() != null) {
            return render(language, result.problem(), number, reason);
        }
        return Pages.seeOther("/blocklist?done=" + result.done());
    }

    @POST
    @Path("block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @FormParam("number") String number,
                          @FormParam("reason") String reason) {
        return act(language, () -> blocklist.block(number, reason), number, reason);
    }

    @POST
    @Path("unblock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unblock(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @FormParam("waId") String waId) {
        return act(language, () -> blocklist.unblock(waId), null, null);
    }

    @POST
    @Path("clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clear(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @FormParam("waId") String waId,
                          @FormParam("reason") String reason) {
        return act(language, () -> blocklist.clear(waId, reason), null, null);
    }
}
