package org.samparksetu.messaging.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** Every service's set-aside outbox rows, for ops: list them, put one back in the relay's queue. */
@Path("/ops/outbox/set-aside")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
public class SetAsideResource {
    @Inject
    SetAsideEvents setAside;

    @GET
    public List<SetAsideEvents.SetAside> list() {
        return setAside.list();
    }

    @POST
    @Path("{id}/retry")
    public SetAsideEvents.SetAside retry(@PathParam("id") long id, @Context SecurityContext caller) {
        return setAside.retry(id, caller.getUserPrincipal().getName());
    }
}
