package org.samparksetu.routing.directory;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.web.ApiException;

import java.util.List;

/** Read by operators (who handles this?), edited by the directory administrator. */
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    @Inject
    DirectoryService directory;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("officers")
    @RolesAllowed({"operator", "directory-admin"})
    public List<Officer> list(@QueryParam("district") String district, @QueryParam("department") String department,
                              @QueryParam("jurisdiction") String jurisdiction) {
        return directory.list(district, department, jurisdiction);
    }

    /** The L1..L4 chain for a department at a place, e.g. {@code ?department=PHED&tehsil=Sayla&block=Sayla}. */
    @GET
    @Path("chain")
    @RolesAllowed({"operator", "directory-admin"})
    public List<Officer> chain(@QueryParam("district") String district, @QueryParam("department") String department,
                               @QueryParam("tehsil") String tehsil, @QueryParam("block") String block,
                               @QueryParam("municipality") String municipality) {
        if (department == null || department.isBlank()) {
            throw ApiException.badRequest("query parameter 'department' is required, e.g. ?department=PHED&tehsil=Sayla");
        }
        return directory.chain(district == null ? "Jalore" : district, department, tehsil, block, municipality);
    }

    @POST
    @Path("officers")
    @RolesAllowed("directory-admin")
    public Response create(Officer officer) {
        return Response.status(201).entity(directory.create(officer, identity.getPrincipal().getName())).build();
    }

    @PUT
    @Path("officers/{id}")
    @RolesAllowed("directory-admin")
    public Officer update(@PathParam("id") long id, Officer officer) {
        return directory.update(id, officer, identity.getPrincipal().getName());
    }

    @DELETE
    @Path("officers/{id}")
    @RolesAllowed("directory-admin")
    public Response delete(@PathParam("id") long id) {
        directory.delete(id);
        return Response.noContent().build();
    }
}
