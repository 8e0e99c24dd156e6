package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.CourseSheet;
import de.ffit.campus.course.control.CourseTranslations;
import de.ffit.campus.course.control.CourseTranslations.Imported;
import de.ffit.campus.course.control.CourseTranslations.LanguageState;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course's texts in other languages, for coordinators: how complete each language is, which texts are missing
 * or outdated, the translators' sheet of each language to download, and a translated sheet to upload.
 */
@Named
@ViewScoped
public class CourseTextsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CourseTranslations translations;

    private String id;
    private Long courseId;
    private String courseTitle;
    private List<LanguageState> states = List.of();
    private String language;
    private transient Part file;
    private List<String> refusedRows = List.of();

    public void load() {
        if (!currentUser.actor().isCoordinator()) {
            Pages.notFound();
            return;
        }
        try {
            Course course = translations.course(currentUser.actor(), Pages.id(id));
            courseId = course.getId();
            courseTitle = course.getTitle();
            states = translations.states(currentUser.actor(), courseId);
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error("upload:file", "courseTexts.noFile");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(CourseTranslations.MAX_FILE_BYTES + 1);
        } catch (IOException unreadable) {
            Pages.error("upload:file", "courseTexts.unreadable");
            return;
        }
        try {
            Imported imported = translations.importSheet(currentUser.actor(), courseId, language, bytes);
            String name = imported.language().nativeName();
            if (imported.saved() == 0) {
                Pages.info("courseTexts.noChange", name);
            } else if (imported.outdated() == 0) {
                Pages.info("courseTexts.importedAll", name, imported.saved());
            } else {
                Pages.info("courseTexts.imported", name, imported.saved(), imported.outdated());
            }
            states = translations.states(currentUser.actor(), courseId);
        } catch (CampusException refused) {
            refusal(refused);
        }
    }

    /** A refused sheet: the summary, then each broken row as a message of its own, so that a list can be read. */
    private void refusal(CampusException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.args().length == 2 && refused.args()[1] instanceof CampusException.Sentences rows) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(Pages.locale(), refused.key(), refused.args()[0], ""), null));
            // the field shows one message (the summary); the rows are listed under it
            refusedRows = rows.items().stream()
                    .map(row -> Messages.text(Pages.locale(), row.key(), row.args().toArray())).toList();
        } else {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(Pages.locale(), refused), null));
        }
        faces.validationFailed();
    }

    /** A text that some language lacks or has only for an older German. */
    public record Need(CourseSheet.Item item, List<Language> missingIn, List<Language> outdatedIn)
            implements Serializable {

        /** for EL */
        public String getKey() {
            return item.key().value();
        }

        public String getGerman() {
            return item.german();
        }

        public List<Language> getMissingIn() {
            return missingIn;
        }

        public List<Language> getOutdatedIn() {
            return outdatedIn;
        }
    }

    /**
     * The texts that need work, each once with the languages it is missing or outdated in: after a coordinator adds
     * an exercise, one line says that all nine languages lack its title.
     */
    public List<Need> getNeeds() {
        Map<String, Need> needs = new LinkedHashMap<>();
        for (LanguageState state : states) {
            state.missing().forEach(item -> needs.computeIfAbsent(item.key().value(),
                    k -> new Need(item, new ArrayList<>(), new ArrayList<>())).missingIn().add(state.language()));
            state.outdatedItems().forEach(item -> needs.computeIfAbsent(item.key().value(),
                    k -> new Need(item, new ArrayList<>(), new ArrayList<>())).outdatedIn().add(state.language()));
        }
        return List.copyOf(needs.values());
    }

    public List<Language> getLanguages() {
        return states.stream().map(LanguageState::language).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<LanguageState> getStates() {
        return states;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** each broken row of a refused sheet, as a sentence naming the row */
    public List<String> getRefusedRows() {
        return refusedRows;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
