package de.ffit.campus.platform.security;

import de.ffit.campus.platform.error.CampusException;

/**
 * Who is acting, and for which organisation. Every service method that touches organisation data takes one,
 * so that scoping is visible in each signature and testable without a signed-in web session.
 */
public record Actor(long accountId, String username, long organisationId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Coordinators plan courses, cohorts and learners; admins may too, in their own organisation. */
    public boolean isCoordinator() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    public boolean isTrainer() {
        return role == Role.TRAINER;
    }

    public void requireCoordinator() {
        if (!isCoordinator()) {
            throw CampusException.forbidden();
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw CampusException.forbidden();
        }
    }
}
