package org.samparksetu.console.field;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.samparksetu.console.shell.Frames;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field verifier's pages, made for a phone in a village: their assigned checks (verification GET
 * /api/field-checks), one check with everything needed on the spot, and the verdict with a camera photo and the
 * phone's GPS (POST /api/field-checks/{id}/verdict). A plain multipart form, so it works on a weak connection and a
 * reload after sending does not send twice (303 back to the check).
 */
@Path("/field")
@Produces(MediaType.TEXT_HTML)
public class FieldPageResource {
    private static final String SERVICE = "verification-service";
    private static final Pattern CHECK_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    @Inject
    Pages pages;
    @Inject
    ServiceApi api;
    @Inject
    Clock clock;
    @Inject
    @Location("field-list.html")
    Template list;
    @Inject
    @Location("field-check.html")
    Template one;

    @GET
    public Response checks(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        return pages.render(NavigationRule.Page.FIELD, language, frame -> {
            List<FieldCheckPage> checks = new ArrayList<>();
            String problem = null;
            if (pages.may(NavigationRule.Page.FIELD)) {
                try {
                    api.get(SERVICE, "/api/field-checks").forEach(c -> checks.add(FieldCheckPage.of(c, clock.instant())));
                } catch (ServiceApi.ServiceAnswerException e) {
                    problem = e.serviceSays == null ? "" : e.serviceSays;
                }
            }
            return list.data("checks", checks).data("problem", problem);
        });
    }

    @GET
    @Path("{id}")
    public Response check(@PathParam("id") String id, @QueryParam("done") String done,
                          @CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        return show(id, language, done != null ? "done" : null, null, Response.Status.OK);
    }

    @POST
    @Path("{id}/verdict")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SimpleRequestsAllowed("a plain HTML form: it carries the page's CSRF token, which quarkus-rest-csrf checks against"
            + " its HttpOnly cookie before this runs, and which a form on another site cannot know")
    public Response verdict(@PathParam("id") String id, @RestForm String verdict, @RestForm String remarks,
                            @RestForm("photo") FileUpload photo, @RestForm String deviceLatitude,
                            @RestForm String deviceLongitude, @CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        if (!pages.may(NavigationRule.Page.FIELD) || !CHECK_ID.matcher(id).matches()) {
            return show(id, language, null, null, Response.Status.OK);
        }
        byte[] bytes = read(photo);
        String type = photo == null || bytes.length == 0 ? null : photo.contentType();
        Optional<VerdictRule.Problem> problem = VerdictRule.problem(verdict, remarks, bytes, type);
        if (problem.isPresent()) {
            return show(id, language, null, "field_error_" + problem.get().name(), Response.Status.BAD_REQUEST);
        }
        try {
            api.post(SERVICE, "/api/field-checks/" + id + "/verdict",
                    VerdictRule.body(verdict, remarks, bytes, type, deviceLatitude, deviceLongitude));
        } catch (ServiceApi.ServiceAnswerException e) {
            return show(id, language, null, e.serviceSays == null ? "field_error_unreachable" : "says:" + e.serviceSays,
                    Response.Status.fromStatusCode(e.status == 503 ? 503 : e.status / 100 == 4 ? e.status : 502));
        }
        return Pages.seeOther("/field/" + id + "?done=1");
    }

    /** The verifier's own photo of a check they recorded, through the console (the page allows images from itself only). */
    @GET
    @Path("{id}/photo")
    @Produces("image/*")
    public Response photo(@PathParam("id") String id) {
        if (!pages.may(NavigationRule.Page.FIELD) || !CHECK_ID.matcher(id).matches()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            ServiceApi.Download d = api.download(SERVICE, "/api/field-checks/" + id + "/photo");
            return Response.ok(d.bytes(), d.contentType()).header("Cache-Control", "private, no-store").build();
        } catch (ServiceApi.ServiceAnswerException e) {
            return Response.status(e.status == 503 ? 503 : 404).build();
        }
    }

    private Response show(String id, String language, String notice, String error, Response.Status status) {
        String path = "/field/" + id;
        Response page = pages.render(NavigationRule.Page.FIELD, CHECK_ID.matcher(id).matches() ? path : "/field", language,
                frame -> {
                    FieldCheckPage check = null;
                    String problem = error;
                    if (CHECK_ID.matcher(id).matches()) {
                        try {
                            JsonNode c = api.get(SERVICE, "/api/field-checks/" + id);
                            check = FieldCheckPage.of(c, clock.instant());
                        } catch (ServiceApi.ServiceAnswerException e) {
                            problem = e.status == 404 ? "field_error_not_yours" : e.serviceSays == null ? "field_error_unreachable"
                                    : "says:" + e.serviceSays;
                        }
                    } else {
                        problem = "field_error_not_yours";
                    }
                    return one.data("check", check).data("notice", notice)
                            .data("errorKey", problem != null && !problem.startsWith("says:") ? problem : null)
                            .data("serviceSays", problem != null && problem.startsWith("says:") ? problem.substring(5) : null)
                            .data("maxRemarks", VerdictRule.MAX_REMARKS);
                });
        return page.getStatus() == 200 && status != Response.Status.OK
                ? Response.fromResponse(page).status(status).build() : page;
    }

    private static byte[] read(FileUpload photo) {
        if (photo == null || photo.uploadedFile() == null || photo.size() == 0) {
            return new byte[0];
        }
        if (photo.size() > VerdictRule.MAX_PHOTO_BYTES) {
            // do not read an oversized file into memory: its size alone says no
            return new byte[VerdictRule.MAX_PHOTO_BYTES + 1];
        }
        try {
            return Files.readAllBytes(photo.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
