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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.console.shell.MediaTypeRule;
import org.samparksetu.console.shell.Frames;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grievance cell's inbox at {@code /cell} and the actions behind its forms. Each form posts here (with the page's
 * CSRF token), the console calls the service with the person's token, and answers 303 back to the same tab with a
 * notice; a problem (a field to fix, the service's refusal) shows on the page at once.
 */
@SimpleRequestsAllowed("plain HTML forms of the console's own pages: each carries the page's CSRF token, which"
        + " quarkus-rest-csrf checks against its cookie; a form on another site cannot know it")
@Path("/cell")
@Produces(MediaType.TEXT_HTML)
public class CellPageResource {
    private static final NavigationRule.Page PAGE = NavigationRule.Page.CELL;

    @Inject
    Pages pages;
    @Inject
    CellInbox inbox;
    @Inject
    CellActions actions;
    @Inject
    @Location("cell/inbox.html")
    Template template;

    @GET
    public Response page(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @QueryParam("tab") String tab,
                         @QueryParam("done") String done, @QueryParam("ref") String ref) {
        return render(language, tab, Said.done(done, ref));
    }

    private Response render(String language, String tab, Said said) {
        return pages.render(PAGE, language, frame -> template.data("inbox", inbox.read(tab))
                .data("said", said).data("departments", CellInbox.departments()));
    }

    /** Runs an action if the person may use the page, then back to the tab with its notice, or the page with the problem. */
    private Response act(String language, InboxRule.Section tab, ActionResult result) {
        if (result.problem() != null) {
            return render(language, tab.slug(), result.problem());
        }
        return Pages.seeOther("/cell?tab=" + tab.slug() + "&done=" + result.done() + "&ref=" + ServiceApi.encode(result.ref()));
    }

    private Response guarded(String language, InboxRule.Section tab, java.util.function.Supplier<ActionResult> action) {
        if (!pages.may(PAGE)) {
            return pages.render(PAGE, language, frame -> null);
        }
        return act(language, tab, action.get());
    }

    @POST
    @Path("triage/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @PathParam("id") String id) {
        return guarded(language, InboxRule.Section.TRIAGE, () -> actions.claim(id));
    }

    @POST
    @Path("triage/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @PathParam("id") String id,
                           @FormParam("department") String department, @FormParam("reason") String reason) {
        return guarded(language, InboxRule.Section.TRIAGE, () -> actions.assign(id, department, reason));
    }

    @POST
    @Path("reroute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reroute(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @FormParam("complaint") String id,
                            @FormParam("department") String department, @FormParam("reason") String reason) {
        return guarded(language, InboxRule.Section.TRIAGE, () -> actions.reroute(id, department, reason));
    }

    @POST
    @Path("transcriptions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transcribe(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @PathParam("id") String id,
                               @FormParam("text") String text, @FormParam("place") String place) {
        return guarded(language, InboxRule.Section.TRANSCRIPTION, () -> actions.transcribe(id, text, place));
    }

    @POST
    @Path("quarantine/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response quarantine(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @PathParam("id") String id,
                               @FormParam("action") String action, @FormParam("note") String note) {
        return guarded(language, InboxRule.Section.QUARANTINE, () -> actions.decide(id, action, note));
    }

    @POST
    @Path("field-checks/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @PathParam("id") String id,
                           @FormParam("action") String action, @FormParam("note") String note,
                           @FormParam("verifier") String verifier) {
        return guarded(language, InboxRule.Section.FIELD_CHECKS, () -> actions.review(id, action, note, verifier));
    }

    /** A photo or voice note a citizen sent, from intake, served only as the picture or sound its bytes are. */
    @GET
    @Path("media/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response media(@PathParam("sha256") String sha256) {
        if (!pages.may(PAGE)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return served(() -> actions.media(sha256));
    }

    /** The photo a field verifier took, for the review. */
    @GET
    @Path("field-checks/{id}/photo")
    @Produces(MediaType.WILDCARD)
    public Response fieldCheckPhoto(@PathParam("id") String id) {
        if (!pages.may(PAGE)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return served(() -> actions.fieldCheckPhoto(id));
    }

    private static Response served(java.util.function.Supplier<ServiceApi.Download> fetch) {
        try {
            ServiceApi.Download d = fetch.get();
            MediaTypeRule.Served as = MediaTypeRule.of(d.bytes());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Disposition", as.kind() == MediaTypeRule.Kind.DOWNLOAD ? "attachment" : "inline");
            // the citizen's photo stays out of shared caches; the browser may keep it for the page's session
            headers.put("Cache-Control", "private, max-age=600");
            Response.ResponseBuilder r = Response.ok(d.bytes(), as.contentType());
            headers.forEach(r::header);
            return r.build();
        } catch (ServiceApi.ServiceAnswerException e) {
            return Response.status(e.status == 404 ? 404 : 502).type(MediaType.TEXT_PLAIN)
                    .entity(e.serviceSays == null ? "" : e.serviceSays).build();
        }
    }
}
