package org.samparksetu.bridge.actionreport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.samparksetu.bridge.web.DepartmentAccess;

import java.util.List;

/**
 * Photos of the work for an action-taken report ({@link ReportPhotos}): upload one as base64 JSON, get back the link
 * and hash to put in the report's {@code photos}; list and read a complaint's photos. Only the complaint's
 * department (role {@code department:<CODE>}).
 */
@Path("/api/action-reports/photos")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportPhotoResource {
    @Inject
    ReportPhotos photos;
    @Inject
    DepartmentAccess access;
    @Context
    UriInfo uri;

    /** What an upload answers: the photo's link (for the report's {@code photos[].url}) and its hash. */
    public record Uploaded(String url, String sha256, String contentType, int size) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upload(ReportPhotos.Upload upload) {
        ReportPhotos.Stored stored = photos.store(upload, access);
        return Response.status(201).entity(new Uploaded(link(stored), stored.sha256(), stored.contentType(),
                stored.size())).build();
    }

    @GET
    public List<Uploaded> forComplaint(@QueryParam("complaintId") String complaintId) {
        return photos.forComplaint(complaintId, access).stream()
                .map(s -> new Uploaded(link(s), s.sha256(), s.contentType(), s.size())).toList();
    }

    @GET
    @Path("/{complaintId}/{sha256}")
    @Produces("image/*")
    public Response photo(@PathParam("complaintId") String complaintId, @PathParam("sha256") String sha256) {
        ReportPhotos.Photo photo = photos.photo(complaintId, sha256, access);
        return Response.ok(photo.bytes(), photo.contentType()).build();
    }

    private String link(ReportPhotos.Stored s) {
        return uri.getBaseUriBuilder().path("api/action-reports/photos").path(s.complaintId()).path(s.sha256())
                .build().toString();
    }
}
