package de.ffit.campus.platform.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the current web request (see {@link ClientAddress}), for the audit trail: filled by
 * {@link RequestOriginFilter} at the start of every request, so that services need no extra parameter for it.
 * Empty outside web requests (scheduled jobs, background work).
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    void address(String address) {
        this.address = address;
    }
}
