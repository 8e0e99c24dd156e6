package de.ffit.campus.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table that refers to a learner (a {@code learner_id} or {@code enrollment_id} column, or the learner table
 * itself) belongs to an entity that declares its personal data with {@link PersonalData}, naming only columns the
 * table has. A new table or entity about learners without that declaration fails here.
 */
public class PersonalDataTest {

    private static final Pattern TABLE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\)", Pattern.DOTALL);
    private static final Pattern ALTER = Pattern.compile("alter table (\\w+) add column (\\w+)");
    private static final Pattern ENTITY = Pattern.compile("<class>([\\w.]+)</class>");

    /** table → its columns, from all migrations in order */
    private static Map<String, Set<String>> schema() throws IOException {
        Map<String, Set<String>> tables = new HashMap<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            // in version order (V15 after V9), as Flyway runs them
            scripts = files.sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(
                    f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1")))).toList();
        }
        for (Path script : scripts) {
            String sql = Files.readString(script, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            Matcher t = TABLE.matcher(sql);
            while (t.find()) {
                Set<String> columns = new TreeSet<>();
                for (String line : t.group(2).split("\\n")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("constraint") && !l.startsWith("--")) {
                        columns.add(l.split("\\s+")[0]);
                    }
                }
                tables.put(t.group(1), columns);
            }
            Matcher a = ALTER.matcher(sql);
            while (a.find()) {
                tables.get(a.group(1)).add(a.group(2));
            }
        }
        return tables;
    }

    private static List<Class<?>> entities() throws Exception {
        List<Class<?>> entities = new ArrayList<>();
        try (InputStream xml = PersonalDataTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            Matcher m = ENTITY.matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                entities.add(Class.forName(m.group(1)));
            }
        }
        return entities;
    }

    /** The entities that declare personal data, for the tests that check an erasure left none behind. */
    public static List<Class<?>> declaredEntities() throws Exception {
        return entities().stream().filter(e -> e.isAnnotationPresent(PersonalData.class)).toList();
    }

    @Test
    void everyTableAboutLearnersHasAnEntityThatDeclaresItsPersonalData() throws Exception {
        Map<String, Set<String>> schema = schema();
        Set<String> aboutLearners = new TreeSet<>();
        schema.forEach((table, columns) -> {
            if (table.equals("learner") || columns.contains("learner_id") || columns.contains("enrollment_id")) {
                aboutLearners.add(table);
            }
        });
        assertTrue(aboutLearners.containsAll(Set.of("learner", "enrollment", "attendance_record",
                "exercise_completion", "certificate")), "the test reads the schema: " + aboutLearners);

        Map<String, Class<?>> declared = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities()) {
            String table = entity.getAnnotation(Table.class).name();
            PersonalData data = entity.getAnnotation(PersonalData.class);
            boolean refersToLearner = aboutLearners.contains(table);
            for (Field field : entity.getDeclaredFields()) {
                String type = field.getType().getSimpleName();
                refersToLearner |= type.equals("Learner") || type.equals("Enrollment");
            }
            if (data == null) {
                if (refersToLearner) {
                    problems.add(entity.getSimpleName() + " (" + table + ") refers to learners but has no @PersonalData");
                }
                continue;
            }
            declared.put(table, entity);
            for (String column : data.columns()) {
                if (!schema.get(table).contains(column)) {
                    problems.add(entity.getSimpleName() + " declares a column its table does not have: " + column);
                }
            }
            assertTrue(data.purpose().length() > 20, entity.getSimpleName() + ": say why");
        }
        for (String table : aboutLearners) {
            if (!declared.containsKey(table)) {
                problems.add("table " + table + " refers to learners, and no entity declares its personal data");
            }
        }
        assertEquals(List.of(), problems);
    }
}
