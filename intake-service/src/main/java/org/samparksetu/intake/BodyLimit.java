package org.samparksetu.intake;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers an over-size request with the JSON error shape, before the body is read. Quarkus enforces
 * {@code quarkus.http.limits.max-body-size} itself (its route has order -2), but with an empty 413; this route
 * runs just before it and says why. Chunked bodies without a Content-Length are still cut off by Quarkus.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        String body = "{\"error\":\"the request body is larger than the " + human(limit) + " limit\"}";
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared <= limit) {
                ctx.next();
                return;
            }
            var response = ctx.response();
            response.setStatusCode(413);
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
            response.putHeader(HttpHeaders.CONNECTION, "close");
            // do not read megabytes we will not use: close once the answer is out
            response.endHandler(v -> ctx.request().connection().close());
            response.end(body);
        });
    }

    private static String human(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }
}
