package org.samparksetu.messaging.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.samparksetu.web.ApiException;

import java.util.List;

/**
 * Every service's dead letters, for ops ({@code deploy/dead-letters} calls this): list (optionally one event type),
 * look at one with its payload, replay one, replay all of a type.
 */
@Path("/ops/dead-letters")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    private static final int TYPE_MAX = 100;

    @Inject
    DeadLetterService deadLetters;

    @GET
    public List<DeadLetter> list(@QueryParam("type") String type) {
        return deadLetters.list(type(type));
    }

    @GET
    @Path("{partition}/{offset}")
    public DeadLetter one(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return deadLetters.one(partition, offset);
    }

    @POST
    @Path("{partition}/{offset}/replay")
    public DeadLetter replay(@PathParam("partition") int partition, @PathParam("offset") long offset,
                             @Context SecurityContext caller) {
        return deadLetters.replay(partition, offset, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("replay")
    public List<DeadLetter> replayAll(@QueryParam("type") String type, @Context SecurityContext caller) {
        String t = type(type);
        if (t == null) {
            throw ApiException.badRequest("say which event type to replay: ?type=<event type>, e.g. complaint.routed");
        }
        return deadLetters.replayAll(t, caller.getUserPrincipal().getName());
    }

    private static String type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        if (type.length() > TYPE_MAX || !type.matches("[a-z0-9.-]+")) {
            throw ApiException.badRequest("'type' is an event type such as complaint.routed (at most " + TYPE_MAX
                    + " characters of a-z, 0-9, '.' and '-')");
        }
        return type.strip();
    }
}
