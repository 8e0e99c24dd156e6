package de.ffit.campus.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.support.Http.Response;

/** What every refusal of the API looks like: the status, as problem+json, and no internals in the body. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.headers()::toString);
        assertEquals(status, response.json().getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
