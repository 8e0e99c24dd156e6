package de.ffit.campus;

import de.ffit.campus.organisation.entity.Organisation;
import java.lang.reflect.Field;
import java.time.LocalDateTime;

/** Small helpers for unit tests of entities outside a database. */
public final class TestData {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);

    private TestData() {
    }

    public static Organisation organisation(long id, String name) {
        return withId(new Organisation(name, "augsburg", NOW), id);
    }

    /** Sets the id a database would have given. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
