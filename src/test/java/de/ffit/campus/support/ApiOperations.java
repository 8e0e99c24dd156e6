package de.ffit.campus.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every operation of the JAX-RS API as {@code "GET /api/lessons/{id}/attendance"}, found by reflection over the
 * compiled classes of the application (every concrete class with {@code @Path}, its own and inherited resource
 * methods), so a new endpoint is listed without anyone adding it here.
 */
public final class ApiOperations {

    private ApiOperations() {
    }

    /** @param application the class with {@code @ApplicationPath}; its package root is scanned */
    public static Set<String> of(Class<?> application) {
        String root = "/" + application.getAnnotation(ApplicationPath.class).value();
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resources(application)) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                operations.add(verb + " " + normalise(root + "/" + resource.getAnnotation(Path.class).value()
                        + (sub == null ? "" : "/" + sub.value())));
            }
        }
        return operations;
    }

    /**
     * {@code /api//certificates/{serial: FFIT-[0-9]{4}-[0-9]{6}}.pdf/} → {@code /api/certificates/{serial}.pdf}: one
     * slash between segments, none at the end, and path templates without their regular expressions (OpenAPI
     * names only the parameter).
     */
    public static String normalise(String path) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inPattern = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    plain.append(c);
                    inPattern = false;
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    plain.append(c);
                }
                continue;
            }
            if (depth == 1 && c == ':') {
                inPattern = true;
                continue;
            }
            if (depth == 0 || !inPattern && depth == 1 && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        String collapsed = plain.toString().replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Set<Class<?>> resources(Class<?> application) {
        java.nio.file.Path classes;
        try {
            classes = java.nio.file.Path.of(application.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String rootPackage = application.getPackageName().split("\\.platform\\.")[0];
        java.nio.file.Path start = classes.resolve(rootPackage.replace('.', '/'));
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(start)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length())
                        .replace(java.io.File.separatorChar, '.'), false, application.getClassLoader());
                if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
