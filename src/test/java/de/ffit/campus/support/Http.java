package de.ffit.campus.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests: JSON in and out, HTTP Basic, nothing hidden. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** @param base e.g. {@code http://127.0.0.1:8080/ffit-campus}, without a trailing slash */
    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Who sends the request: user name and password, or nobody. */
    public record As(String user, String password, String language, java.util.Map<String, String> headers) {

        public static final As NOBODY = new As(null, null, null, java.util.Map.of());

        public As in(String acceptLanguage) {
            return new As(user, password, acceptLanguage, headers);
        }

        public As withHeader(String name, String value) {
            java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new As(user, password, language, more);
        }
    }

    public static As as(String user, String password) {
        return new As(user, password, null, java.util.Map.of());
    }

    public Response get(As who, String path) {
        return send(who, "GET", path, null);
    }

    public Response post(As who, String path, String json) {
        return send(who, "POST", path, json);
    }

    public Response put(As who, String path, String json) {
        return send(who, "PUT", path, json);
    }

    public Response delete(As who, String path) {
        return send(who, "DELETE", path, null);
    }

    public Response send(As who, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Accept", "application/json, application/problem+json");
        if (who.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.user() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        if (who.language() != null) {
            request.header("Accept-Language", who.language());
        }
        who.headers().forEach(request::setHeader);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file the API answers with (a PDF), as bytes. */
    public record Download(int status, byte[] body, HttpHeaders headers) {
    }

    public Download download(As who, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (who.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.user() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        if (who.language() != null) {
            request.header("Accept-Language", who.language());
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal, escaped. */
    public static String str(String value) {
        return Json.createValue(value).toString();
    }
}
