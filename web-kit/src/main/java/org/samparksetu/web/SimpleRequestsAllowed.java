package org.samparksetu.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an endpoint take a state-changing request without JSON or {@code X-Requested-With} ({@link CrossSiteGuard}).
 * Only for an endpoint whose caller proves itself inside the request, never with what a browser attaches on its own
 * (a Basic or cookie credential): a signed webhook, a form carrying an API key by a published standard. Say why.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SimpleRequestsAllowed {
    /** Why a forged cross-site request cannot act here (e.g. "signed by Meta: a forged body fails the signature"). */
    String value();
}
