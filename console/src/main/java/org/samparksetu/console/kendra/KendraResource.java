package org.samparksetu.console.kendra;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.jboss.logging.Logger;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Sampark Kendra operator's page ({@code /kendra}, role sampark-kendra): the complaints to enter on the Rajasthan
 * Sampark portal by hand, laid out in the portal's fields, with their photos; recording the grievance ID the portal
 * gave; the transfers and closures to do on the portal; disposals and action-taken reports seen on the portal.
 * Everything comes from and goes to sampark-bridge's operator API (and intake's media store) with the operator's own
 * token, so the services check the operator's role and record them as the one who acted.
 * <p>
 * Actions are plain forms: each carries the page's CSRF token ({@code csrf-token}, checked by quarkus-rest-csrf), and
 * answers 303 back to the page with what was done; a refusal is shown on the page with the bridge's own reason.
 */
@Path("/kendra")
@Produces(MediaType.TEXT_HTML)
public class KendraResource {
    private static final Logger LOG = Logger.getLogger(KendraResource.class);
    private static final String BRIDGE = "sampark-bridge";
    private static final String INTAKE = "intake-service";
    private static final String FORM = "a form of the console's own page: it carries the page's CSRF token "
            + "(quarkus-rest-csrf checks it against its cookie), which a page of another site cannot read";
    private static final NavigationRule.Page PAGE = NavigationRule.Page.KENDRA;

    @Inject
    Pages pages;
    @Inject
    ServiceApi services;
    @Inject
    Clock clock;
    @Inject
    @Location("kendra.html")
    Template template;

    @GET
    public Response page(@CookieParam(org.samparksetu.console.shell.Frames.LANGUAGE_COOKIE) String language,
                         @QueryParam("done") String done, @QueryParam("complaint") String complaint,
                         @QueryParam("detail") String detail) {
        return show(language, NoticeRule.of(done, complaint, detail), null, null, 200);
    }

    @POST
    @Path("queue/{complaintId}/grievance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed(FORM)
    public Response recordGrievance(@CookieParam(org.samparksetu.console.shell.Frames.LANGUAGE_COOKIE) String language,
                                    @PathParam("complaintId") String complaintId,
                                    @FormParam("grievanceId") String typed) {
        if (!pages.may(PAGE)) {
            return show(language, null, null, null, 403);
        }
        String grievanceId = GrievanceIdRule.check(typed);
        if (grievanceId == null) {
            return show(language, null, new Problem(complaintId, "grievance_id_wrong", null), null, 400);
        }
        try {
            JsonNode r = services.post(BRIDGE, "/api/operator/queue/" + ServiceApi.encode(complaintId) + "/grievance",
                    Map.of("grievanceId", grievanceId));
            return Pages.seeOther("/kendra?done=registered&complaint=" + ServiceApi.encode(r.path("complaintId").asText(complaintId))
                    + "&detail=" + ServiceApi.encode(r.path("grievanceId").asText(grievanceId)) + "#registered");
        } catch (ServiceApi.ServiceAnswerException e) {
            return refused(language, complaintId, e);
        }
    }

    @POST
    @Path("transfers/{complaintId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed(FORM)
    public Response moved(@CookieParam(org.samparksetu.console.shell.Frames.LANGUAGE_COOKIE) String language,
                          @PathParam("complaintId") String complaintId, @FormParam("department") String department) {
        if (!pages.may(PAGE)) {
            return show(language, null, null, null, 403);
        }
        try {
            // the department shown on the page goes along: a confirmation from a page older than a second re-route
            // is refused by the bridge instead of confirming a move the operator never saw
            JsonNode r = services.post(BRIDGE, "/api/operator/transfers/" + ServiceApi.encode(complaintId) + "/done",
                    Map.of("department", department == null ? "" : department));
            return Pages.seeOther("/kendra?done=moved&complaint=" + ServiceApi.encode(complaintId) + "&detail="
                    + ServiceApi.encode(r.path("toDepartment").asText(department)));
        } catch (ServiceApi.ServiceAnswerException e) {
            return refused(language, complaintId, e);
        }
    }

    @POST
    @Path("withdrawals/{complaintId}/closed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed(FORM)
    public Response closed(@CookieParam(org.samparksetu.console.shell.Frames.LANGUAGE_COOKIE) String language,
                           @PathParam("complaintId") String complaintId) {
        if (!pages.may(PAGE)) {
            return show(language, null, null, null, 403);
        }
        try {
            services.post(BRIDGE, "/api/operator/withdrawals/" + ServiceApi.encode(complaintId) + "/closed", null);
            return Pages.seeOther("/kendra?done=closed&complaint=" + ServiceApi.encode(complaintId));
        } catch (ServiceApi.ServiceAnswerException e) {
            return refused(language, complaintId, e);
        }
    }

    @POST
    @Path("action-reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed(FORM)
    public Response report(@CookieParam(org.samparksetu.console.shell.Frames.LANGUAGE_COOKIE) String language,
                           @FormParam("complaintId") String complaintId, @FormParam("outcome") String outcome,
                           @FormParam("officer") String officer, @FormParam("remarks") String remarks,
                           @FormParam("reportId") String reportId) {
        if (!pages.may(PAGE)) {
            return show(language, null, null, null, 403);
        }
        Report typed = new Report(complaintId, outcome, officer, remarks);
        String problem = ReportFormRule.problem(complaintId, outcome, officer, remarks);
        if (problem != null) {
            return show(language, null, new Problem(complaintId, problem, null), typed, 400);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaintId", complaintId);
        body.put("outcome", outcome);
        body.put("officer", officer.strip());
        body.put("remarks", remarks.strip());
        // one ID per form shown: a double click or a resend after a lost answer files the report once
        body.put("reportId", reportId == null || reportId.isBlank() || reportId.length() > 80
                ? "operator:" + UUID.randomUUID() : reportId);
        try {
            services.post(BRIDGE, "/api/operator/action-reports", body);
            return Pages.seeOther("/kendra?done=reported&complaint=" + ServiceApi.encode(complaintId) + "#report");
        } catch (ServiceApi.ServiceAnswerException e) {
            return show(language, null, new Problem(complaintId, "service_refused", e.serviceSays), typed, status(e));
        }
    }

    /** A photo, voice note or document of a queued complaint, from intake's media store, to attach on the portal. */
    @GET
    @Path("media/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response media(@PathParam("sha256") String sha256) {
        if (!pages.may(PAGE)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity("sampark-kendra only").build();
        }
        if (!AttachmentRule.isHash(sha256)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).build();
        }
        try {
            ServiceApi.Download d = services.download(INTAKE, "/operator/media/" + sha256);
            String type = org.samparksetu.console.shell.MediaTypeRule.of(d.bytes()).contentType();
            Response.ResponseBuilder answer = Response.ok(d.bytes()).type(type)
                    .header("Cache-Control", "private, max-age=600");
            if ("application/octet-stream".equals(type)) {
                answer.header("Content-Disposition", "attachment; filename=\"" + sha256.substring(0, 12) + "\"");
            }
            return answer.build();
        } catch (ServiceApi.ServiceAnswerException e) {
            return Response.status(e.status == 404 ? 404 : 502).type(MediaType.TEXT_PLAIN)
                    .entity(e.status == 404 ? "not stored" : "the media store did not answer").build();
        }
    }

    /** What was typed in the report form, shown again when it was refused so nothing has to be typed twice. */
    public record Report(String complaintId, String outcome, String officer, String remarks) {
    }

    /** One of the portal's outcomes in the report form: its code and the key of its name. */
    public record Outcome(String code, String key) {
    }

    /** A refused action: the complaint it was for, the message key, and the service's own sentence if it gave one. */
    public record Problem(String complaintId, String key, String serviceSays) {
    }

    private Response refused(String language, String complaintId, ServiceApi.ServiceAnswerException e) {
        return show(language, null, new Problem(complaintId, e.status == 503 ? "service_down" : "service_refused",
                e.serviceSays), null, status(e));
    }

    private static int status(ServiceApi.ServiceAnswerException e) {
        return e.status >= 400 && e.status < 600 ? e.status : 502;
    }

    private Response show(String language, NoticeRule.Notice notice, Problem problem, Report typed, int status) {
        Response page = pages.render(PAGE, language, frame -> {
            Instant now = clock.instant();
            String failed = null;
            KendraView view;
            try {
                view = new KendraView(KendraView.queue(services.get(BRIDGE, "/api/operator/queue"), now),
                        KendraView.transfers(services.get(BRIDGE, "/api/operator/transfers")),
                        KendraView.withdrawals(services.get(BRIDGE, "/api/operator/withdrawals")),
                        KendraView.registered(services.get(BRIDGE, "/api/operator/registered")),
                        "operator:" + UUID.randomUUID());
            } catch (ServiceApi.ServiceAnswerException e) {
                LOG.warnf("the Kendra page could not read the bridge's operator lists: HTTP %d %s", e.status, e.getMessage());
                failed = e.serviceSays == null ? "" : e.serviceSays;
                view = new KendraView(List.of(), List.of(), List.of(), List.of(), "operator:" + UUID.randomUUID());
            }
            return template.data("view", view).data("notice", notice).data("problem", problem)
                    .data("typed", typed).data("failed", failed)
                    .data("outcomes", ReportFormRule.OUTCOMES.stream()
                            .map(o -> new Outcome(o, "outcome_" + o.toLowerCase(java.util.Locale.ROOT))).toList());
        });
        return status == 200 || page.getStatus() != 200 ? page : Response.fromResponse(page).status(status).build();
    }
}
