package org.samparksetu.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a cross-site "simple" request that would change something. A page on any other site can make a signed-in
 * browser send a form-encoded, multipart or text/plain POST (and the browser adds the saved Basic credentials) without
 * asking the target first; it cannot send a JSON body or a custom header without a CORS preflight, which our services
 * never grant. So every POST, PUT, PATCH and DELETE of every service must carry a JSON content type or
 * {@value #HEADER}; our own pages' scripts send the header on every call. An endpoint whose caller proves itself
 * inside the request (a signed webhook, an API key in the form) opts out with {@link SimpleRequestsAllowed}.
 */
public class CrossSiteGuard {
    /** The header our pages' scripts send; a browser sends it cross-site only after a preflight. */
    public static final String HEADER = "X-Requested-With";
    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String REFUSAL = "a request that changes something must send its body as application/json or carry the "
            + HEADER + " header (a form on another site cannot); scripts: add '" + HEADER + ": XMLHttpRequest'";

    @ServerRequestFilter
    public Optional<Response> refuseCrossSiteSimpleRequests(ContainerRequestContext request, ResourceInfo resource) {
        if (allowed(request.getMethod(), request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString(HEADER), exempt(resource))) {
            return Optional.empty();
        }
        return Optional.of(ApiError.response(415, REFUSAL));
    }

    /**
     * @param contentType the request's Content-Type header, or null
     * @param requestedWith the {@value #HEADER} header, or null
     * @param exempt the endpoint is marked {@link SimpleRequestsAllowed}
     */
    static boolean allowed(String method, String contentType, String requestedWith, boolean exempt) {
        if (method == null || !STATE_CHANGING.contains(method.toUpperCase(java.util.Locale.ROOT)) || exempt) {
            return true;
        }
        if (requestedWith != null && !requestedWith.isBlank()) {
            return true;
        }
        return isJson(contentType);
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean exempt(ResourceInfo resource) {
        if (resource == null) {
            return false;
        }
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return (method != null && method.isAnnotationPresent(SimpleRequestsAllowed.class))
                || (type != null && type.isAnnotationPresent(SimpleRequestsAllowed.class));
    }
}
