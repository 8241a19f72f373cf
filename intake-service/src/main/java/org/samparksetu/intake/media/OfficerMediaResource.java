package org.samparksetu.intake.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

/**
 * The citizen's photos and voice notes for the department officer who must act on the complaint. Intake does not
 * know which department a complaint is with; the file's SHA-256 is the key: only the department's own view of its
 * complaint (the bridge's registration, refused to any other department) names it, and a 256-bit hash is not guessed.
 * An officer therefore reads exactly the files of complaints their department was shown.
 */
@Path("/officer/media")
@RolesAllowed("officer")
public class OfficerMediaResource {
    @Inject
    MediaDownloads downloads;

    @GET
    @Path("/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response media(@PathParam("sha256") String sha256) throws IOException {
        return downloads.download(sha256);
    }
}
