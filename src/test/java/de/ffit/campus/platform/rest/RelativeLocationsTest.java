package de.ffit.campus.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeLocationsTest {

    @Test
    void aLocationKeepsItsPathAndQueryAndLosesTheHostTheRequestNamed() {
        assertEquals("/ffit-campus/api/learners/17",
                RelativeLocations.pathOf("http://evil.example/ffit-campus/api/learners/17"));
        assertEquals("/api/certificates/FFIT-2026-000001?x=1%202",
                RelativeLocations.pathOf("https://evil.example:8443/api/certificates/FFIT-2026-000001?x=1%202"));
        assertEquals("/", RelativeLocations.pathOf("http://evil.example"));
        assertEquals("/", RelativeLocations.pathOf("//evil.example"));
        assertEquals("/api/learners/3", RelativeLocations.pathOf("/api/learners/3"));
    }
}
