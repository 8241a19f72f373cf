package org.samparksetu.intake.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.samparksetu.web.ApiException;

import java.io.IOException;

/**
 * A stored photo, voice note or document as an HTTP answer, for whoever may read it (the grievance cell, a department
 * officer). Streamed a slice at a time, not read whole: a document may be 100 MB. Always as bytes to download, never
 * as the type the citizen's phone declared: a page uploaded as "text/html" must not run in a reader's browser (the
 * console decides from the bytes what it may show inline).
 */
@ApplicationScoped
public class MediaDownloads {
    @Inject
    MediaStore media;

    public Response download(String sha256) throws IOException {
        MediaStore.Stored stored = media.find(sha256).orElseThrow(() -> new ApiException(404, "no stored media " + sha256));
        StreamingOutput body = out -> media.copyTo(stored.sha256(), out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Length", stored.size()).build();
    }
}
