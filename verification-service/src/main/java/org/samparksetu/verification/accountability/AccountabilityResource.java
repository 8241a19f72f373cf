package org.samparksetu.verification.accountability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.verification.accountability.AccountabilityReport.Report;
import org.samparksetu.verification.officer.Officers;

/** The collector's dashboard figures (see {@link AccountabilityReport}); the collector only. */
@Path("/api/accountability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Officers.COLLECTOR)
public class AccountabilityResource {
    @Inject
    AccountabilityReport accountability;

    @GET
    public Report report() {
        return accountability.report();
    }
}
