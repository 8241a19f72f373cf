package org.samparksetu.console.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.web.SimpleRequestsAllowed;
import org.jboss.resteasy.reactive.RestForm;
import org.samparksetu.console.shell.NavigationRule;
import org.samparksetu.console.shell.Pages;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.console.shell.ServiceApi.ServiceAnswerException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The authorised officer's evidence export for one number: intake's signed bundle ({@code GET /officer/evidence/{waId}},
 * itself logged by intake as an export in the officer's name), and verification's signed field-check evidence for
 * the complaints the bundle names as having field checks. The bundles are handed over exactly as the services signed
 * them (their bytes, as a download link in the answer page), never re-written, so their signatures still check.
 */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidencePageResource {
    private static final Logger LOG = Logger.getLogger(EvidencePageResource.class);
    private static final NavigationRule.Page PAGE = NavigationRule.Page.EVIDENCE;
    /**
     * The forms here are plain HTML forms (they work without script): each carries the page's CSRF token, which
     * quarkus-rest-csrf checks against its cookie before the action runs, so a form on another site cannot act.
     */
    static final String FORM_WITH_CSRF_TOKEN = "a form of our own page: its CSRF token field is checked by quarkus-rest-csrf";

    @Inject
    Pages pages;
    @Inject
    ServiceApi api;
    @Inject
    Clock clock;
    @Inject
    @Location("evidence/evidence.html")
    Template page;

    /** What the export found, and the signed bundles as download links (data: URLs of their exact bytes). */
    @TemplateData
    public record Found(String number, List<String> complaints, int messages, String download, String fileName,
                        String fieldDownload, String fieldFileName) {
    }

    @GET
    public Response form(@CookieParam("console-lang") String language) {
        return render(language, null, List.of(), null, null);
    }

    @POST
    @SimpleRequestsAllowed(FORM_WITH_CSRF_TOKEN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response export(@RestForm String number, @RestForm String reason, @CookieParam("console-lang") String language) {
        if (!pages.may(PAGE)) {
            return render(language, null, List.of(), null, null);
        }
        List<String> problems = EvidenceFormRule.problems(number, reason);
        if (!problems.isEmpty()) {
            return status(render(language, null, problems, null, number), 400);
        }
        String waId = EvidenceFormRule.waId(number);
        String masked = EvidenceFormRule.masked(waId);
        try {
            ServiceApi.Download bundle = api.download("intake-service", "/officer/evidence/" + ServiceApi.encode(waId));
            JsonNode document = ServiceApi.JSON.readTree(bundle.bytes());
            JsonNode evidence = document.path("evidence");
            List<String> complaints = new ArrayList<>();
            evidence.path("complaints").forEach(c -> complaints.add(c.path("complaintId").asText()));
            List<String> checked = new ArrayList<>();
            evidence.path("fieldChecks").path("complaints").forEach(c -> {
                if (c.path("fieldCheckIds").size() > 0) {
                    checked.add(c.path("complaintId").asText());
                }
            });
            String day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Kolkata"))).toString();
            String fieldDownload = null;
            if (!checked.isEmpty()) {
                StringBuilder query = new StringBuilder();
                checked.stream().limit(50).forEach(id -> query.append(query.isEmpty() ? "?" : "&")
                        .append("complaint=").append(ServiceApi.encode(id)));
                fieldDownload = dataUrl(api.download("verification-service", "/officer/evidence/field-checks" + query).bytes());
            }
            // the reason stays with the export's record here; intake logs the export itself in the officer's name
            LOG.infof("evidence of %s exported by %s, reason: %s", masked, pages.user(),
                    reason.strip().replaceAll("\\p{Cntrl}", " "));
            Found found = new Found(masked, complaints, evidence.path("messages").size(), dataUrl(bundle.bytes()),
                    "evidence-" + masked.replace('*', 'x') + "-" + day + ".json", fieldDownload,
                    "field-checks-" + masked.replace('*', 'x') + "-" + day + ".json");
            return render(language, found, List.of(), null, null);
        } catch (ServiceAnswerException e) {
            String key = e.status == 404 ? "evidence_not_found" : "evidence_failed";
            return status(render(language, null, List.of(key), e.status == 404 ? null : e.serviceSays, number),
                    e.status == 404 ? 404 : 502);
        } catch (java.io.IOException e) {
            return status(render(language, null, List.of("evidence_failed"), null, number), 502);
        }
    }

    private Response render(String language, Found found, List<String> problems, String serviceSays, String number) {
        Response r = pages.render(PAGE, language, frame -> page.data("found", found).data("problems", problems)
                .data("serviceSays", serviceSays).data("number", number == null ? "" : number));
        // the answer carries someone's messages: never kept by a browser's or a proxy's cache
        return Response.fromResponse(r).header("Cache-Control", "no-store").build();
    }

    private static Response status(Response r, int status) {
        return r.getStatus() == 200 ? Response.fromResponse(r).status(status).build() : r;
    }

    private static String dataUrl(byte[] json) {
        return "data:application/json;base64," + Base64.getEncoder().encodeToString(json);
    }
}
