package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the session, with every view- and session-scoped bean in it, is serialised into the data grid after
 * each request (web.xml is distributable). A field of a type that is not Serializable makes that fail at run time,
 * on the first request that touches the page; this test finds it at build time. Injected fields are CDI/EJB proxies
 * (serialisable); transient fields are left out by design.
 */
class SessionStateTest {

    @Test
    void everythingASessionHoldsIsSerializable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : scopedBeans()) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, "fields that cannot go into a replicated session");
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith("de.ffit.")) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("de.ffit."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (!c.isPrimitive() && !c.isInterface()) {
                check(c, path, problems, seen);
            } else if (c.isInterface() && c.getName().startsWith("de.ffit.")) {
                check(c, path, problems, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        }
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
