package org.samparksetu.verification.fieldcheck;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.verification.fieldcheck.FieldCheckViews.FlaggedCheckView;
import org.samparksetu.verification.officer.Officers;

import java.util.List;
import java.util.UUID;

/**
 * The grievance cell's review of flagged field checks (the collector may act too): accept the verdict, have the same
 * verifier redo it, or reassign it to another. Each answer is the check that now counts (the new one after a redo or
 * a reassignment).
 */
@Path("/api/field-check-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Officers.GRIEVANCE_CELL, Officers.COLLECTOR})
public class FieldCheckReviewResource {
    @Inject
    FieldCheckViews views;
    @Inject
    FieldCheckService service;
    @Inject
    SecurityIdentity identity;

    /** Flagged checks waiting for review, the review due soonest first. */
    @GET
    public List<FlaggedCheckView> flagged() {
        return views.flagged();
    }

    @GET
    @Path("/{id}")
    public FlaggedCheckView one(@PathParam("id") UUID id) {
        return views.forReview(id);
    }

    @GET
    @Path("/{id}/photo")
    @Produces("image/*")
    public Response photo(@PathParam("id") UUID id) {
        FieldCheckViews.Photo photo = views.photoForReview(id);
        return Response.ok(photo.bytes(), photo.type()).build();
    }

    /** The evidence can be trusted (say why in {@code note}): the verdict takes effect. */
    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlaggedCheckView accept(@PathParam("id") UUID id, FieldCheckService.ReviewForm form) {
        return review(id, FieldCheckReviewRule.Action.ACCEPT, form);
    }

    /** The same verifier goes again. */
    @POST
    @Path("/{id}/redo")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlaggedCheckView redo(@PathParam("id") UUID id, FieldCheckService.ReviewForm form) {
        return review(id, FieldCheckReviewRule.Action.REDO, form);
    }

    /** Another verifier goes: the one named in {@code verifier}, or whoever the directory gives next. */
    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlaggedCheckView reassign(@PathParam("id") UUID id, FieldCheckService.ReviewForm form) {
        return review(id, FieldCheckReviewRule.Action.REASSIGN, form);
    }

    private FlaggedCheckView review(UUID id, FieldCheckReviewRule.Action action, FieldCheckService.ReviewForm form) {
        return views.forReview(service.review(id, action, identity.getPrincipal().getName(), form).id);
    }
}
