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
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.web.SimpleRequestsAllowed;

/**
 * {@code /intake}: the grievance cell or the Sampark Kendra types in a complaint brought to the office, a jansunwai
 * or a phone call; the page then shows the number it got, to tell the citizen.
 */
@SimpleRequestsAllowed("plain HTML forms of the console's own pages: each carries the page's CSRF token, which"
        + " quarkus-rest-csrf checks against its cookie; a form on another site cannot know it")
@Path("/intake")
@Produces(MediaType.TEXT_HTML)
public class IntakePageResource {
    private static final NavigationRule.Page PAGE = NavigationRule.Page.INTAKE;
    /** How a complaint came, as intake names it, with its words' key; the order of the form's list. */
    private static final java.util.List<Source> SOURCES = java.util.stream.Stream.of("WALK_IN", "PHONE", "JANSUNWAI", "LETTER")
            .map(c -> new Source(c, "source_" + c)).toList();

    public record Source(String code, String key) {
    }

    @Inject
    Pages pages;
    @Inject
    OperatorIntake intake;
    @Inject
    @Location("cell/intake.html")
    Template template;

    @GET
    public Response page(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @QueryParam("filed") String filed,
                         @QueryParam("status") String status) {
        String number = FormRule.isComplaintNumber(filed) ? filed : null;
        String shownStatus = "QUARANTINED".equals(status) ? status : "RECEIVED";
        return render(language, OperatorIntake.Form.empty(), null, number, shownStatus);
    }

    private Response render(String language, OperatorIntake.Form form, Said said, String filed, String status) {
        return pages.render(PAGE, language, frame -> template.data("form", form).data("said", said)
                .data("filed", filed).data("status", status).data("sources", SOURCES));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@CookieParam(Frames.LANGUAGE_COOKIE) String language, @FormParam("source") String source,
                         @FormParam("phone") String phone, @FormParam("name") String name,
                         @FormParam("village") String village, @FormParam("tehsil") String tehsil,
                         @FormParam("text") String text, @FormParam("overrideReason") String overrideReason) {
        if (!pages.may(PAGE)) {
            return pages.render(PAGE, language, frame -> null);
        }
        OperatorIntake.Form form = new OperatorIntake.Form(source, phone, name, village, tehsil, text, overrideReason);
        OperatorIntake.Filed filed = intake.file(form);
        if (filed.problem() != null) {
            return render(language, form, filed.problem(), null, null);
        }
        return Pages.seeOther("/intake?filed=" + ServiceApi.encode(filed.complaintId()) + "&status="
                + ServiceApi.encode(filed.status()));
    }
}
