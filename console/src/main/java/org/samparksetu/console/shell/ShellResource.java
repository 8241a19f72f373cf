package org.samparksetu.console.shell;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;

/**
 * The console's frame pages: the start page (or straight on to a person's first working page), the language switch,
 * and the page after signing out (sign-in and sign-out themselves are Quarkus OIDC's, see application.properties).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ShellResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    Frames frames;
    @Inject
    @Location("home.html")
    Template home;
    @Inject
    @Location("signed-out.html")
    Template signedOut;

    @GET
    public Response start(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        NavigationRule.Page landing = NavigationRule.landing(identity.getRoles());
        if (landing != NavigationRule.Page.HOME) {
            return Response.seeOther(URI.create(landing.path)).build();
        }
        return Response.ok(Frames.render(home.instance(), frames.frame(identity, language, "/"))).build();
    }

    /** Remembers the chosen language (a preference, nothing else changes) and goes back to the page it came from. */
    @GET
    @Path("language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String chosen = LanguageRule.choose(to, null);
        NewCookie cookie = new NewCookie.Builder(Frames.LANGUAGE_COOKIE).value(chosen).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LanguageRule.backTo(back))).cookie(cookie).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut(@CookieParam(Frames.LANGUAGE_COOKIE) String language) {
        return Frames.render(signedOut.instance(), frames.frame(identity, language, "/signed-out"));
    }
}
