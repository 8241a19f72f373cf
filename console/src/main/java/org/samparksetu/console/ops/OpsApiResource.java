package org.samparksetu.console.ops;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.web.ApiException;
import org.samparksetu.web.FieldLimits;

/**
 * The ops page's data and its one action. A replay changes the pipeline, so besides the ops role it needs the page's
 * CSRF token in {@code X-CSRF-TOKEN} (checked by quarkus-rest-csrf against its cookie) and a JSON body or
 * {@code X-Requested-With} (web-kit's cross-site guard).
 */
@Path("/api/ops")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
public class OpsApiResource {
    private static final int SERVICE_MAX = 64;

    @Inject
    PipelineService pipeline;
    @Inject
    SecurityIdentity identity;
    /** The ops person's own token: the services' dead-letter API checks their ops role (the console has no account). */
    @Inject
    AccessTokenCredential accessToken;

    @GET
    @Path("pipeline")
    public PipelineSnapshot pipeline() {
        return pipeline.snapshot(accessToken.getToken());
    }

    @POST
    @Path("dead-letters/{service}/{partition}/{offset}/replay")
    public PipelineSnapshot.DeadLetterRow replay(@PathParam("service") String service,
                                                 @PathParam("partition") int partition,
                                                 @PathParam("offset") long offset) {
        FieldLimits.atMost("service", service, SERVICE_MAX);
        if (partition < 0 || offset < 0) {
            throw ApiException.badRequest("'partition' and 'offset' are the dead letter's place: whole numbers from 0");
        }
        return pipeline.replay(service, partition, offset, identity.getPrincipal().getName(), accessToken.getToken());
    }
}
