package de.ffit.campus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.platform.rest.CampusApi;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list ExecutableJarIT compares /openapi with: it must find every resource method, inherited ones too. */
class ApiOperationsTest {

    @Test
    void pathTemplatesLoseTheirPatternsAndSlashesAreTidied() {
        assertEquals("/api/certificates/{serial}.pdf",
                ApiOperations.normalise("/api//certificates/{serial: FFIT-[0-9]{4}-[0-9]{6}}.pdf/"));
        assertEquals("/api/courses/{id}/texts/{lang}.csv",
                ApiOperations.normalise("/api/courses/{id}/texts/{lang: [a-z]{2,3}}.csv"));
        assertEquals("/api/lessons/{id}", ApiOperations.normalise("/api/lessons/{id}"));
    }

    @Test
    void findsTheResourceMethodsOfTheApplicationWithTheirHttpMethods() {
        Set<String> operations = ApiOperations.of(CampusApi.class);
        assertTrue(operations.containsAll(Set.of("GET /api/lessons/{id}/attendance",
                "PUT /api/lessons/{id}/attendance", "POST /api/verify", "GET /api/certificates/{serial}.pdf",
                // declared in the abstract LinkedGuidesResource, served by its two subclasses
                "DELETE /api/modules/{id}/guides/{pageId}", "GET /api/exercises/{id}/guides")), operations::toString);
        assertTrue(operations.stream().allMatch(o -> o.matches("(GET|POST|PUT|DELETE) /api/[^ ]+")),
                operations::toString);
    }
}
