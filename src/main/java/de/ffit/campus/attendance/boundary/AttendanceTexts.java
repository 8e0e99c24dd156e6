package de.ffit.campus.attendance.boundary;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words the attendance script shows by itself (the save bar, a clash with a colleague, the offline page), in
 * the page's language, handed to it as JSON in a data attribute: the script never carries German of its own.
 */
@Named
@RequestScoped
public class AttendanceTexts {

    /** texts with plural forms: "key.one" and "key.other", chosen in the script by the language's plural rules */
    private static final String[] PLURALS = {"bar.saved", "bar.kept", "bar.decide", "bar.signIn", "bar.waiting"};
    private static final String[] SINGLE = {"bar.sending", "bar.unchanged", "bar.refused", "bar.signInLink",
        "bar.decided", "offline.title", "offline.notKept", "offline.lessons", "offline.noLessons", "offline.asOf",
        "offline.allLessons", "offline.take", "offline.hint"};

    private String json;

    public String getJson() {
        if (json == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            // the script adds "?next=" with the address the trainer is on (the offline page is kept and shown in
            // place of other addresses, so the server cannot know it here)
            json = of(faces.getViewRoot().getLocale(), faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml");
        }
        return json;
    }

    static String of(Locale locale, String signInUrl) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : PLURALS) {
            texts.put(key + ".one", Messages.text(locale, "attendance." + key + ".one"));
            texts.put(key + ".other", Messages.text(locale, "attendance." + key + ".other"));
        }
        for (String key : SINGLE) {
            texts.put(key, Messages.text(locale, "attendance." + key));
        }
        for (AttendanceStatus status : AttendanceStatus.values()) {
            texts.put("status." + status, Messages.text(locale, "attendanceStatus." + status));
        }
        for (LessonState state : LessonState.values()) {
            texts.put("lessonState." + state, Messages.text(locale, "lessonState." + state));
        }
        for (String key : new String[] {"mine", "theirs", "unmarked", "keepMine", "takeTheirs", "noteWithoutStatus",
            "note", "noteFor", "save", "allPresent", "allPresentHint", "markedCount", "enrolledLater"}) {
            texts.put(key, Messages.text(locale, "attendance." + key));
        }
        texts.put("signInUrl", signInUrl);
        var json = Json.createObjectBuilder();
        texts.forEach(json::add);
        return json.build().toString();
    }
}
