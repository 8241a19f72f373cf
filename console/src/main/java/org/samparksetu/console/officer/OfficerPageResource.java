package org.samparksetu.console.officer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.web.SimpleRequestsAllowed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.samparksetu.console.shell.MediaTypeRule;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.console.shell.ServiceApi.ServiceAnswerException;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The department officer's pages: their department's complaints (verification scopes the list by the token's
 * {@code department:<CODE>}), one complaint with its history, the action-taken report (with a photo from the phone's
 * camera and its GPS point, sent on to the bridge) and the interim reply. A complaint of another department is
 * refused by the services (404/403) and shown as a refusal that names nothing of it.
 */
@Path("/officer")
@Produces(MediaType.TEXT_HTML)
public class OfficerPageResource {
    private static final Logger LOG = Logger.getLogger(OfficerPageResource.class);
    private static final NavigationRule.Page PAGE = NavigationRule.Page.OFFICER;
    /**
     * The forms here are plain HTML forms (they work without script): each carries the page's CSRF token, which
     * quarkus-rest-csrf checks against its cookie before the action runs, so a form on another site cannot act.
     */
    static final String FORM_WITH_CSRF_TOKEN = "a form of our own page: its CSRF token field is checked by quarkus-rest-csrf";
    /** A complaint number as the services write it (JAL-2026-000123): anything else is not looked up. */
    private static final String COMPLAINT_ID = "[A-Z]{2,5}-[0-9]{4}-[0-9]{6,}";
    private static final String SHA256 = "[0-9a-f]{64}";
    /** Notices a redirect may name; any other value of {@code ?done=} is ignored. */
    private static final List<String> DONE = List.of("report_filed", "interim_sent");

    @Inject
    Pages pages;
    @Inject
    ServiceApi api;
    @Inject
    Clock clock;
    @Inject
    @Location("officer/list.html")
    Template list;
    @Inject
    @Location("officer/complaint.html")
    Template complaint;
    @Inject
    @Location("officer/refused.html")
    Template refused;

    @GET
    public Response list(@CookieParam("console-lang") String language) {
        return pages.render(PAGE, language, frame -> {
            Instant now = clock.instant();
            try {
                JsonNode all = api.get("verification-service", "/api/complaints");
                List<ComplaintViews.Row> rows = new java.util.ArrayList<>();
                all.forEach(c -> rows.add(ComplaintViews.row(c, now, frame.language())));
                List<ComplaintViews.Row> ordered = QueueRule.order(rows, now);
                return list.data("rows", ordered).data("overdue", ordered.stream().filter(r -> r.sla().overdue()).count())
                        .data("failed", null);
            } catch (ServiceAnswerException e) {
                return list.data("rows", List.of()).data("overdue", 0L).data("failed", e.serviceSays == null ? "" : e.serviceSays);
            }
        });
    }

    @GET
    @Path("complaints/{id}")
    public Response complaint(@PathParam("id") String id, @QueryParam("done") String done,
                              @CookieParam("console-lang") String language) {
        return show(id, language, done != null && DONE.contains(done) ? "done_" + done : null, List.of(), null, Response.Status.OK);
    }

    /** The action-taken report: the photo goes to the bridge first (base64 JSON), then the report naming it. */
    @POST
    @SimpleRequestsAllowed(FORM_WITH_CSRF_TOKEN)
    @Path("complaints/{id}/action-report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(@PathParam("id") String id, @RestForm String outcome, @RestForm String remarks,
                           @RestForm("photo") FileUpload photo, @RestForm String latitude, @RestForm String longitude,
                           @CookieParam("console-lang") String language) {
        if (!pages.may(PAGE) || !id.matches(COMPLAINT_ID)) {
            return show(id, language, null, List.of(), null, Response.Status.OK);
        }
        byte[] bytes = read(photo);
        List<String> problems = ReportFormRule.problems(outcome, remarks, bytes, latitude, longitude);
        if (!problems.isEmpty()) {
            return show(id, language, null, problems, null, Response.Status.BAD_REQUEST);
        }
        try {
            List<Map<String, Object>> photos = new java.util.ArrayList<>();
            if (bytes != null && bytes.length > 0) {
                JsonNode stored = api.post("sampark-bridge", "/api/action-reports/photos", Map.of("complaintId", id,
                        "contentType", ReportFormRule.imageType(bytes),
                        "base64", java.util.Base64.getEncoder().encodeToString(bytes)));
                Map<String, Object> p = new java.util.LinkedHashMap<>();
                p.put("url", stored.path("url").asText());
                p.put("sha256", stored.path("sha256").asText());
                ReportFormRule.Gps gps = latitude == null || latitude.isBlank() ? null : ReportFormRule.gps(latitude, longitude);
                if (gps != null) {
                    p.put("location", Map.of("latitude", gps.latitude(), "longitude", gps.longitude()));
                }
                photos.add(p);
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("complaintId", id);
            body.put("outcome", outcome);
            body.put("remarks", remarks.strip());
            body.put("officer", pages.user());
            body.put("photos", photos);
            api.post("sampark-bridge", "/api/action-reports", body);
            LOG.infof("action-taken report %s on %s filed by %s (%d photo(s))", outcome, id, pages.user(), photos.size());
            return Pages.seeOther("/officer/complaints/" + id + "?done=report_filed");
        } catch (ServiceAnswerException e) {
            return show(id, language, null, List.of("report_failed"), e, Response.Status.fromStatusCode(e.status));
        }
    }

    @POST
    @SimpleRequestsAllowed(FORM_WITH_CSRF_TOKEN)
    @Path("complaints/{id}/interim-reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response interim(@PathParam("id") String id, @RestForm String reason, @RestForm String expectedBy,
                            @CookieParam("console-lang") String language) {
        if (!pages.may(PAGE) || !id.matches(COMPLAINT_ID)) {
            return show(id, language, null, List.of(), null, Response.Status.OK);
        }
        List<String> problems = InterimFormRule.problems(reason, expectedBy, Dates.today(clock.instant()));
        if (!problems.isEmpty()) {
            return show(id, language, null, problems, null, Response.Status.BAD_REQUEST);
        }
        try {
            api.post("verification-service", "/api/complaints/" + id + "/interim-reply",
                    Map.of("reason", reason.strip(), "expectedBy", expectedBy.strip()));
            return Pages.seeOther("/officer/complaints/" + id + "?done=interim_sent");
        } catch (ServiceAnswerException e) {
            return show(id, language, null, List.of("interim_failed"), e, Response.Status.fromStatusCode(e.status));
        }
    }

    /** A photo of the work, from the bridge, for the officer's own department only (the bridge checks). */
    @GET
    @Path("complaints/{id}/photos/{sha256}")
    @Produces("image/*")
    public Response photo(@PathParam("id") String id, @PathParam("sha256") String sha256) {
        if (!pages.may(PAGE) || !id.matches(COMPLAINT_ID) || !sha256.matches(SHA256)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).build();
        }
        try {
            ServiceApi.Download d = api.download("sampark-bridge", "/api/action-reports/photos/" + id + "/" + sha256);
            String type = ReportFormRule.imageType(d.bytes());
            if (type == null) {
                return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).build();
            }
            return Response.ok(d.bytes(), type).header("Cache-Control", "private, max-age=3600").build();
        } catch (ServiceAnswerException e) {
            return Response.status(e.status == 403 ? 403 : 404).type(MediaType.TEXT_PLAIN).build();
        }
    }

    /**
     * A photo or voice note the citizen sent with the complaint, from intake, for the complaint's own department: the
     * file must be one the bridge names in that department's view of the complaint (another department is refused
     * there), and it is served only as what its bytes are.
     */
    @GET
    @Path("complaints/{id}/files/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response citizenFile(@PathParam("id") String id, @PathParam("sha256") String sha256) {
        if (!pages.may(PAGE) || !id.matches(COMPLAINT_ID) || !sha256.matches(SHA256)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).build();
        }
        try {
            JsonNode view = api.get("sampark-bridge", "/api/registrations/" + ServiceApi.encode(id));
            boolean named = java.util.stream.StreamSupport.stream(view.path("attachments").spliterator(), false)
                    .anyMatch(a -> sha256.equals(a.asText()));
            if (!named) {
                return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).build();
            }
            ServiceApi.Download d = api.download("intake-service", "/officer/media/" + sha256);
            MediaTypeRule.Served as = MediaTypeRule.of(d.bytes());
            Response.ResponseBuilder answer = Response.ok(d.bytes(), as.contentType())
                    .header("Cache-Control", "private, max-age=3600");
            if (as.kind() == MediaTypeRule.Kind.DOWNLOAD) {
                answer.header("Content-Disposition", "attachment; filename=\"" + sha256.substring(0, 12) + "\"");
            }
            return answer.build();
        } catch (ServiceAnswerException e) {
            return Response.status(e.status == 403 ? 403 : 404).type(MediaType.TEXT_PLAIN).build();
        }
    }

    /** What a citizen's file is, for the page to show it as a photo, a player or a link; a link when intake cannot say. */
    private String citizenFileKind(String sha256) {
        try {
            return MediaTypeRule.of(api.download("intake-service", "/officer/media/" + sha256).bytes()).kind().name();
        } catch (ServiceAnswerException e) {
            return MediaTypeRule.Kind.DOWNLOAD.name();
        }
    }

    /** The complaint page, with a notice (done), form problems, or the service's refusal of an action. */
    private Response show(String id, String language, String done, List<String> problems, ServiceAnswerException failed,
                          Response.Status status) {
        String path = "/officer/complaints/" + id;
        if (!id.matches(COMPLAINT_ID)) {
            return refusedPage(path, language, 404);
        }
        JsonNode view;
        try {
            view = api.get("verification-service", "/api/complaints/" + ServiceApi.encode(id));
        } catch (ServiceAnswerException e) {
            if (e.status == 403 || e.status == 404) {
                // another department's complaint (or none): verification says 404 so that numbers reveal nothing
                return refusedPage(path, language, 403);
            }
            return pages.render(PAGE, path, language, frame -> complaint.data("c", null).data("said", null).data("photos", List.of())
                    .data("done", null).data("problems", List.of()).data("serviceSays", e.serviceSays)
                    .data("unavailable", true).data("outcomes", ComplaintViews.Outcome.all())
                    .data("today", Dates.today(clock.instant()).toString()));
        }
        List<String> photos = photosOf(id);
        Said said = saidOf(id);
        Response page = pages.render(PAGE, path, language, frame -> complaint.data("said", said)
                .data("c", ComplaintViews.complaint(view, clock.instant(), frame.language()))
                .data("photos", photos).data("done", done).data("problems", problems)
                .data("serviceSays", failed == null ? null : failed.serviceSays).data("unavailable", false)
                .data("outcomes", ComplaintViews.Outcome.all()).data("today", Dates.today(clock.instant()).toString()));
        return page.getStatus() == 200 && status != Response.Status.OK && status != null
                ? Response.fromResponse(page).status(status).build() : page;
    }

    private Response refusedPage(String path, String language, int status) {
        Response page = pages.render(PAGE, path, language, frame -> refused.instance());
        return page.getStatus() == 200 ? Response.fromResponse(page).status(status).build() : page;
    }

    /**
     * What the citizen wrote and where, as the bridge registered it on Sampark (the department's own view), with the
     * photos and voice notes they sent: each file by its hash, and what the console may show it as (from its bytes).
     */
    @io.quarkus.qute.TemplateData
    public record Said(String description, String place, List<CitizenFile> files) {
    }

    @io.quarkus.qute.TemplateData
    public record CitizenFile(String sha256, String kind) {
        public boolean image() {
            return "IMAGE".equals(kind);
        }

        public boolean audio() {
            return "AUDIO".equals(kind);
        }
    }

    private Said saidOf(String id) {
        try {
            JsonNode r = api.get("sampark-bridge", "/api/registrations/" + ServiceApi.encode(id));
            String place = java.util.stream.Stream.of(r.path("village").asText(""), r.path("tehsil").asText(""))
                    .filter(p -> !p.isBlank()).collect(java.util.stream.Collectors.joining(", "));
            String description = r.path("description").asText("");
            List<CitizenFile> files = new java.util.ArrayList<>();
            r.path("attachments").forEach(a -> {
                String sha = a.asText("");
                if (sha.matches(SHA256)) {
                    files.add(new CitizenFile(sha, citizenFileKind(sha)));
                }
            });
            return description.isBlank() && place.isBlank() && files.isEmpty() ? null
                    : new Said(description, place, List.copyOf(files));
        } catch (ServiceAnswerException e) {
            return null;
        }
    }

    /** The complaint's photos of the work (their hashes); none when the bridge cannot say. */
    private List<String> photosOf(String id) {
        try {
            List<String> hashes = new java.util.ArrayList<>();
            api.get("sampark-bridge", "/api/action-reports/photos?complaintId=" + ServiceApi.encode(id))
                    .forEach(p -> {
                        String sha = p.path("sha256").asText("");
                        if (sha.matches(SHA256)) {
                            hashes.add(sha);
                        }
                    });
            return hashes;
        } catch (ServiceAnswerException e) {
            return List.of();
        }
    }

    private static byte[] read(FileUpload photo) {
        if (photo == null || photo.uploadedFile() == null || photo.size() == 0) {
            return null;
        }
        try {
            return Files.readAllBytes(photo.uploadedFile());
        } catch (IOException e) {
            return null;
        }
    }

}
