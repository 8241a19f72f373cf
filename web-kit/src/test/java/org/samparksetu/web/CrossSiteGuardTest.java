package org.samparksetu.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a request to an endpoint, when the guard looks at its method, Content-Type and X-Requested-With, then what a
 * page on another site can make a browser send (a form, text/plain, or nothing, with the saved password) is refused
 * before it changes anything, and what only a script of our own or an API client can send goes through.
 */
class CrossSiteGuardTest {

    @ParameterizedTest(name = "{0} {1} X-Requested-With={2} exempt={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a cross-site form or fetch without preflight: the two named findings were these
            POST   | application/x-www-form-urlencoded | -              | false | false
            POST   | multipart/form-data; boundary=x   | -              | false | false
            POST   | text/plain                        | -              | false | false
            POST   | text/plain;charset=UTF-8          | -              | false | false
            POST   | -                                 | -              | false | false
            DELETE | -                                 | -              | false | false
            PUT    | text/plain                        | -              | false | false
            patch  | -                                 | -              | false | false
            POST   | -                                 | ''             | false | false
            # JSON cannot be sent cross-site without a preflight
            POST   | application/json                  | -              | false | true
            POST   | application/json; charset=UTF-8   | -              | false | true
            POST   | Application/JSON                  | -              | false | true
            PATCH  | application/merge-patch+json      | -              | false | true
            POST   | application/jsonx                 | -              | false | false
            POST   | text/json                         | -              | false | false
            POST   | not a media type                  | -              | false | false
            # our pages' scripts send the header (a custom header needs a preflight too)
            POST   | -                                 | XMLHttpRequest | false | true
            DELETE | -                                 | fetch          | false | true
            POST   | text/plain                        | sampark-page   | false | true
            # reading changes nothing
            GET    | -                                 | -              | false | true
            HEAD   | -                                 | -              | false | true
            OPTIONS| text/plain                        | -              | false | true
            # a signed webhook, an Open311 form with its api_key
            POST   | application/x-www-form-urlencoded | -              | true  | true
            POST   | -                                 | -              | true  | true
            """)
    void decides(String method, String contentType, String requestedWith, boolean exempt, boolean allowed) {
        assertThat(CrossSiteGuard.allowed(method, contentType, requestedWith, exempt)).isEqualTo(allowed);
    }

    /** Stand-ins for a service's resources. */
    static class Withdrawals {
        public void closed() {
        }
    }

    static class Webhook {
        @SimpleRequestsAllowed("signed by Meta: a forged body fails the signature")
        public void receive() {
        }
    }

    @SimpleRequestsAllowed("Open311: the api_key is in the form")
    static class Open311 {
        public void create() {
        }
    }

    @Test
    void aFormPostToAPasswordProtectedEndpointIsRefusedWithTheOneErrorShape() throws Exception {
        Optional<Response> answer = new CrossSiteGuard().refuseCrossSiteSimpleRequests(
                request("POST", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "Authorization", "Basic b3BlcmF0b3I6b3BlcmF0b3Itc2VjcmV0")),
                resource(Withdrawals.class, "closed"));
        assertThat(answer).isPresent();
        assertThat(answer.get().getStatus()).isEqualTo(415);
        assertThat(((ApiError) answer.get().getEntity()).error()).contains("application/json").contains("X-Requested-With");
    }

    @Test
    void aBodylessPostFromOurOwnPageGoesThrough() throws Exception {
        assertThat(new CrossSiteGuard().refuseCrossSiteSimpleRequests(
                request("POST", Map.of("X-Requested-With", "sampark-operator-page")),
                resource(Withdrawals.class, "closed"))).isEmpty();
    }

    @Test
    void anEndpointThatSaysWhyMayTakeSimpleRequests() throws Exception {
        ContainerRequestContext form = request("POST", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(new CrossSiteGuard().refuseCrossSiteSimpleRequests(form, resource(Webhook.class, "receive"))).isEmpty();
        assertThat(new CrossSiteGuard().refuseCrossSiteSimpleRequests(form, resource(Open311.class, "create"))).isEmpty();
    }

    private static ContainerRequestContext request(String method, Map<String, String> headers) {
        return (ContainerRequestContext) Proxy.newProxyInstance(CrossSiteGuardTest.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeaderString" -> headers.entrySet().stream()
                            .filter(e -> e.getKey().equalsIgnoreCase((String) args[0])).map(Map.Entry::getValue)
                            .findFirst().orElse(null);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static ResourceInfo resource(Class<?> type, String methodName) throws NoSuchMethodException {
        Method method = type.getMethod(methodName);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }
}
