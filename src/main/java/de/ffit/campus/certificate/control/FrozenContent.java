package de.ffit.campus.certificate.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a certificate printed, kept with it at issue (issue 24): the value of every placeholder in each language the
 * template drew it in (names, course, dates as written, hours, competences with their names, serial, short code),
 * the learner's language and the QR code's address. Rendering it again with the same template revision gives the
 * same page, whatever changed since in the records, the translations or the wording of dates.
 */
public record FrozenContent(String secondLanguage, String verifyUrl, Map<String, Map<String, String>> values)
        implements CertificateValues {

    /** the form of the JSON; a later form must still read this one */
    static final int FORMAT = 1;

    public FrozenContent {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((language, byName) -> copy.put(language, Map.copyOf(byName)));
        values = Map.copyOf(copy);
    }

    /** The values the renderer uses for the content with this template: its primary and, if drawn, second language. */
    public static FrozenContent freeze(CertificateTemplate template, CertificateValues content) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        TreeSet<String> languages = new TreeSet<>();
        languages.add(template.primaryLanguage());
        String second = content.secondLanguage();
        if (second != null && template.texts().containsKey(second)) {
            languages.add(second);
        }
        for (String language : languages) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (String placeholder : new TreeSet<>(CertificateTemplate.PLACEHOLDERS)) {
                byName.put(placeholder, content.value(placeholder, language));
            }
            values.put(language, byName);
        }
        return new FrozenContent(second, content.verifyUrl(), values);
    }

    @Override
    public String value(String placeholder, String language) {
        Map<String, String> byName = values.get(language);
        if (byName == null || !byName.containsKey(placeholder)) {
            throw new IllegalArgumentException("not frozen: " + placeholder + " in " + language);
        }
        return byName.get(placeholder);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("format", FORMAT);
        if (secondLanguage != null) {
            json.add("secondLanguage", secondLanguage);
        }
        if (verifyUrl != null) {
            json.add("verifyUrl", verifyUrl);
        }
        JsonObjectBuilder languages = Json.createObjectBuilder();
        new TreeSet<>(values.keySet()).forEach(language -> {
            JsonObjectBuilder byName = Json.createObjectBuilder();
            new TreeSet<>(values.get(language).keySet()).forEach(name -> byName.add(name,
                    values.get(language).get(name)));
            languages.add(language, byName);
        });
        return json.add("values", languages).build().toString();
    }

    public static FrozenContent fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            if (json.getInt("format") != FORMAT) {
                throw new IllegalArgumentException("frozen content of an unknown form " + json.getInt("format"));
            }
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> language : json.getJsonObject("values").entrySet()) {
                Map<String, String> byName = new LinkedHashMap<>();
                language.getValue().asJsonObject().forEach((name, value) -> byName.put(name,
                        ((JsonString) value).getString()));
                values.put(language.getKey(), byName);
            }
            return new FrozenContent(json.getString("secondLanguage", null), json.getString("verifyUrl", null),
                    values);
        }
    }
}
