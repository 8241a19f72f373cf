package org.samparksetu.bridge.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.samparksetu.web.ApiException;

import java.util.Set;
import java.util.TreeSet;

/**
 * An officer acts only for the departments in their roles ({@code department:<CODE>}). Officers of one
 * department never see or report on another department's complaints.
 */
@RequestScoped
public class DepartmentAccess {
    public static final String ROLE_PREFIX = "department:";

    @Inject
    SecurityIdentity identity;

    public Set<String> departments() {
        Set<String> codes = new TreeSet<>();
        for (String role : identity.getRoles()) {
            if (role.startsWith(ROLE_PREFIX) && role.length() > ROLE_PREFIX.length()) {
                codes.add(role.substring(ROLE_PREFIX.length()));
            }
        }
        return codes;
    }

    public String principal() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return identity.getPrincipal().getName();
    }

    /** The departments the caller acts for; 403 when the account has none. */
    public Set<String> assignedDepartments() {
        principal();
        Set<String> mine = departments();
        if (mine.isEmpty()) {
            throw ApiException.forbidden("your account is not assigned to any department");
        }
        return mine;
    }

    /** Refuses (403) unless the caller acts for {@code departmentCode}. */
    public void require(String departmentCode, String what) {
        principal();
        Set<String> mine = departments();
        if (mine.isEmpty()) {
            throw ApiException.forbidden("your account is not assigned to any department");
        }
        if (!mine.contains(departmentCode)) {
            throw ApiException.forbidden(what + " belongs to another department; you act for " + String.join(", ", mine));
        }
    }
}
