package org.samparksetu.console.collector;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.samparksetu.console.shell.Frames;
import org.samparksetu.console.shell.LanguageRule;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The collector's page (role collector): the district's pendency by department, tehsil and age, the complaints past
 * their deadline with the L3 → L4 escalation that only the collector may order (verification POST
 * /api/complaints/{id}/escalate), the departments' false closures and citizens' satisfaction (GET /api/accountability),
 * the month's ranking, and the pending complaints as CSV or Excel. Every figure comes from verification with the
 * collector's own token; the escalation is a plain form with the CSRF token, answered 303 back to the page.
 */
@Path("/collector")
@Produces(MediaType.TEXT_HTML)
public class CollectorPageResource {
    private static final String SERVICE = "verification-service";
    /** Verification's own limit on an escalation's reason (ComplaintResource.MAX_REASON). */
    static final int MAX_REASON = 500;
    private static final Pattern COMPLAINT_ID = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{6}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Inject
    Pages pages;
    @Inject
    ServiceApi api;
    @Inject
    Clock clock;
    @Inject
    @Location("collector.html")
    Template page;
    @Inject
    CollectorMessages hindi;
    @Inject
    @Localized(LanguageRule.ENGLISH)
    CollectorMessages english;

    @GET
    public Response view(@QueryParam("month") String month, @QueryParam("escalated") String escalated,
                         @CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        String notice = escalated != null && COMPLAINT_ID.matcher(escalated).matches() ? escalated : null;
        return render(month, language, notice, null, null, Response.Status.OK);
    }

    @POST
    @Path("escalate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed("a plain HTML form: it carries the page's CSRF token, which quarkus-rest-csrf checks against"
            + " its HttpOnly cookie before this runs, and which a form on another site cannot know")
    public Response escalate(@RestForm String complaintId, @RestForm String reason, @RestForm String month,
                             @CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        if (!pages.may(NavigationRule.Page.COLLECTOR)) {
            return render(month, language, null, null, null, Response.Status.OK);
        }
        if (complaintId == null || !COMPLAINT_ID.matcher(complaintId).matches()) {
            return render(month, language, null, "collector_error_complaint", null, Response.Status.BAD_REQUEST);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            return render(month, language, null, "collector_error_reason", null, Response.Status.BAD_REQUEST);
        }
        try {
            api.post(SERVICE, "/api/complaints/" + complaintId + "/escalate", Map.of("reason", reason.strip()));
        } catch (ServiceApi.ServiceAnswerException e) {
            return render(month, language, null, e.serviceSays == null ? "collector_error_unreachable" : null,
                    e.serviceSays, e.status / 100 == 4 ? Response.Status.fromStatusCode(e.status)
                            : Response.Status.SERVICE_UNAVAILABLE);
        }
        return Pages.seeOther("/collector?escalated=" + complaintId + (month(month) == null ? "" : "&month=" + month)
                + "#breaches");
    }

    @GET
    @Path("pending.csv")
    @Produces("text/csv")
    public Response csv(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        return download(language, "text/csv; charset=utf-8", "csv", PendingExport::csv);
    }

    @GET
    @Path("pending.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        return download(language, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                PendingExport::xlsx);
    }

    private interface Writer {
        byte[] write(DistrictPicture picture, PendingExport.Headers headers);
    }

    private Response download(String language, String type, String extension, Writer writer) {
        if (!pages.may(NavigationRule.Page.COLLECTOR)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity("collector only").build();
        }
        DistrictPicture picture;
        try {
            picture = picture(null);
        } catch (ServiceApi.ServiceAnswerException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN)
                    .entity(e.serviceSays == null ? "verification-service cannot be reached" : e.serviceSays).build();
        }
        String file = "sampark-pending-" + LocalDate.ofInstant(clock.instant(), PendencyRule.DISTRICT) + "." + extension;
        return Response.ok(writer.write(picture, headers(LanguageRule.choose(null, language))), type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Response render(String month, String language, String notice, String errorKey, String serviceSays,
                            Response.Status status) {
        Response r = pages.render(NavigationRule.Page.COLLECTOR, language, frame -> {
            DistrictPicture picture = null;
            String problem = errorKey;
            String says = serviceSays;
            try {
                picture = picture(month);
            } catch (ServiceApi.ServiceAnswerException e) {
                problem = e.serviceSays == null ? "collector_error_unreachable" : problem;
                says = e.serviceSays == null ? says : e.serviceSays;
            }
            return page.data("picture", picture).data("notice", notice).data("errorKey", problem)
                    .data("serviceSays", says).data("maxReason", MAX_REASON)
                    .data("bucketKeys", java.util.Arrays.stream(PendencyRule.Bucket.values())
                            .map(b -> "collector_bucket_" + b.name()).toList());
        });
        return r.getStatus() == 200 && status != Response.Status.OK ? Response.fromResponse(r).status(status).build() : r;
    }

    private DistrictPicture picture(String month) {
        JsonNode complaints = api.get(SERVICE, "/api/complaints");
        JsonNode report = api.get(SERVICE, "/api/accountability");
        YearMonth asked = month(month);
        return DistrictPicture.of(complaints, report, clock.instant(),
                asked != null ? asked : YearMonth.from(clock.instant().atZone(PendencyRule.DISTRICT)));
    }

    private static YearMonth month(String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private PendingExport.Headers headers(String language) {
        CollectorMessages m = LanguageRule.ENGLISH.equals(language) ? english : hindi;
        return new PendingExport.Headers(
                List.of(m.collector_col_complaint(), m.collector_col_department(), m.collector_col_tehsil(),
                        m.collector_col_state(), m.collector_col_level(), m.collector_col_registered(),
                        m.collector_col_due(), m.collector_col_age(), m.collector_col_overdue(),
                        m.collector_col_breached(), m.collector_col_subject()),
                List.of(m.collector_col_department(), m.collector_col_received(), m.collector_col_disposed(),
                        m.collector_col_verified(), m.collector_col_false(), m.collector_col_false_rate(),
                        m.collector_col_breaches(), m.collector_col_rated(), m.collector_col_satisfied(),
                        m.collector_col_reopened(), m.collector_col_withdrawn()),
                List.of(m.collector_col_rank(), m.collector_col_department(), m.collector_col_received(),
                        m.collector_col_closed(), m.collector_col_pending(), m.collector_col_breaches()),
                m.collector_sheet_pending(), m.collector_sheet_departments(), m.collector_sheet_ranking(),
                m.collector_yes(), m.collector_no());
    }
}
