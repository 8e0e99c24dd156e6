package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.certificate.control.CertificateCopies;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.guide.control.ResolvedGuide;
import de.ffit.campus.kiosk.control.KioskProgress;
import de.ffit.campus.kiosk.control.MyProgress;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocalizedText;
import de.ffit.campus.platform.i18n.LocaleSelection;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Plurals;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.platform.web.QrSvg;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "My progress": the signed-in learner's own courses, and "I did this". */
@Named
@RequestScoped
public class KioskProgressPage {


    @Inject
    KioskProgress progress;

    @Inject
    HttpServletRequest request;

    @Inject
    Guides guides;

    @Inject
    LocaleSelection locale;

    private MyProgress mine;
    private Map<Long, List<ResolvedGuide>> exerciseGuides;
    private Map<Long, List<ResolvedGuide>> moduleGuides;
    private final Map<Long, CertificateCopies.Link> copyLinks = new HashMap<>();
    private final Map<Long, List<Dot>> dots = new HashMap<>();
    private final Map<String, List<ExerciseRow>> exerciseRows = new HashMap<>();
    private final Map<Long, List<Upcoming>> upcoming = new HashMap<>();

    @Inject
    CertificateCopies copies;

    /**
     * Without a signed-in learner, or with one who has no open enrolment any more (withdrawn, deleted), the kiosk
     * shows its first screen.
     */
    public void open() throws IOException {
        var visit = KioskVisit.of(request);
        if (visit.isPresent()) {
            try {
                mine = progress.of(visit.get().organisationId(), visit.get().learnerId(), contentLanguage());
            } catch (CampusException gone) {
                mine = null;
            }
            if (mine != null && !mine.courses().isEmpty()) {
                showNotice();
                return;
            }
            request.getSession().invalidate();
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/kiosk/");
    }

    /** what "I did this" said (see KioskReport), once */
    private void showNotice() {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(KioskReport.Notice.ATTRIBUTE) instanceof KioskReport.Notice n) {
            session.removeAttribute(KioskReport.Notice.ATTRIBUTE);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    n.refused() ? FacesMessage.SEVERITY_ERROR
                            : FacesMessage.SEVERITY_INFO, n.text(), null));
        }
    }

    public MyProgress getMine() {
        if (mine == null) {
            KioskVisit visit = KioskVisit.of(request).orElseThrow(
                    CampusException::forbidden);
            mine = progress.of(visit.organisationId(), visit.learnerId(), contentLanguage());
        }
        return mine;
    }

    /**
     * the course content in the language the page is shown in (the learner's own, or the one they switched to); asked
     * of the selection, as the view's locale is only set once the page renders, after {@link #open}
     */
    private Language contentLanguage() {
        return locale.getLanguage();
    }

    /**
     * The Integreat guides of an exercise in the learner's language: the page's language when the interface speaks
     * the learner's language (it opens in it, and follows the switch), else the learner's own (a Ukrainian learner
     * may read the screens in English, and still gets Ukrainian guides where Integreat has them).
     */
    public List<ResolvedGuide> guides(long exerciseId) {
        loadGuides();
        return exerciseGuides.getOrDefault(exerciseId, List.of());
    }

    /** The same for a module (guides for the whole topic), shown under its heading. */
    public List<ResolvedGuide> moduleGuides(long moduleId) {
        loadGuides();
        return moduleGuides.getOrDefault(moduleId, List.of());
    }

    private void loadGuides() {
        if (exerciseGuides != null) {
            return;
        }
        MyProgress me = getMine();
        boolean spoken = Language.of(me.language()).map(Language::isUi).orElse(false);
        String language = spoken ? Pages.locale().getLanguage() : me.language();
        List<MyProgress.Module> modules = me.courses().stream().flatMap(c -> c.modules().stream()).toList();
        List<Long> exerciseIds = modules.stream().flatMap(m -> m.exercises().stream()).map(MyProgress.Exercise::id)
                .distinct().toList();
        List<Long> moduleIds = modules.stream().map(MyProgress.Module::id).distinct().toList();
        long organisationId = KioskVisit.of(request).orElseThrow(
                CampusException::forbidden).organisationId();
        exerciseGuides = guides.linked(organisationId, Guides.Target.EXERCISE, exerciseIds, language);
        moduleGuides = guides.linked(organisationId, Guides.Target.MODULE, moduleIds, language);
    }

    /** A QR code of the guide's address, as SVG, to open it on the learner's own phone. */
    public String qr(ResolvedGuide guide) {
        String url = guide.url();
        try {
            url = URI.create(url).toASCIIString(); // Arabic slugs percent-encoded: every phone reads that
        } catch (IllegalArgumentException notAUri) {
            // as it is
        }
        return QrSvg.of(url);
    }

    /**
     * A new one-time link to the learner's own certificate (see {@code CertificateCopies}): made for this showing of
     * the page, once per course; null without an issued certificate.
     */
    public CertificateCopies.Link copyLink(MyProgress.Course course) {
        if (course.certificate() == null || course.certificate().serial() == null) {
            return null;
        }
        return copyLinks.computeIfAbsent(course.enrollmentId(), id -> {
            KioskVisit visit = KioskVisit.of(request).orElseThrow(
                    CampusException::forbidden);
            try {
                return copies.offer(visit.organisationId(), visit.learnerId(), course.certificate().serial());
            } catch (CampusException gone) {
                return null;
            }
        });
    }

    /** the link as a QR code */
    public String copyQr(CertificateCopies.Link link) {
        return QrSvg.of(link.url());
    }

    /** how many minutes a link works, for the sentence under the QR code */
    public long getCopyMinutes() {
        return CertificateCopies.VALID_FOR.toMinutes();
    }

    /** A lesson as a dot on the page: its mark (the colour) and "date: mark" in the page's language. */
    public record Dot(MyProgress.Mark mark, String label) {
    }

    /**
     * An exercise as the page writes it, worked out once per showing rather than in expressions per row (issue 24):
     * its state as a word for the class ({@code done}, {@code waiting}, {@code open}) and its icon's name
     * ({@code check}, {@code wait}, {@code open}), the state in the page's language, whether "I did this" is offered,
     * its guides.
     */
    public record ExerciseRow(long id, LocalizedText title, boolean mandatory, String state, String icon,
            String stateText, boolean reportable, List<ResolvedGuide> guides) {
    }

    /** the course's lesson dots, each with its words made once */
    public List<Dot> days(MyProgress.Course course) {
        return dots.computeIfAbsent(course.enrollmentId(), id -> {
            Locale here = Pages.locale();
            Map<MyProgress.Mark, String> words = new EnumMap<>(MyProgress.Mark.class);
            for (MyProgress.Mark mark : MyProgress.Mark.values()) {
                words.put(mark, Messages.text(here, "kiosk.mark." + mark));
            }
            return course.days().stream().map(d -> new Dot(d.mark(), shortDay(d.date()) + ": " + words.get(d.mark())))
                    .toList();
        });
    }

    /** the module's exercises of this course, as the page writes them */
    public List<ExerciseRow> exercises(MyProgress.Course course, MyProgress.Module module) {
        return exerciseRows.computeIfAbsent(course.enrollmentId() + ":" + module.id(), key -> {
            Locale here = Pages.locale();
            String done = Messages.text(here, "kiosk.exercise.done");
            String waiting = Messages.text(here, "kiosk.exercise.waiting");
            String open = Messages.text(here, "kiosk.exercise.open");
            return module.exercises().stream().map(e -> new ExerciseRow(e.id(), e.title(), e.mandatory(),
                    e.isDone() ? "done" : e.isWaiting() ? "waiting" : "open",
                    e.isDone() ? "check" : e.isWaiting() ? "wait" : "open",
                    e.isDone() ? done : e.isWaiting() ? waiting : open,
                    course.open() && e.isReportable(), guides(e.id()))).toList();
        });
    }

    /**
     * "Hello, Amina!" in the page's language: as h:outputFormat wrote it, without its two components per showing
     * (issue 24); escaped by the page like every text
     */
    public String getHello() {
        return Messages.text(Pages.locale(), "kiosk.me.hello", getMine().name());
    }

    /** The sentence about the course's certificate, with the day it was issued and its number where it has them. */
    public String certificateText(MyProgress.Course course) {
        return Messages.text(Pages.locale(), "kiosk.certificate." + course.certificate().kind(),
                day(course.certificate().issuedOn()), course.certificate().serial());
    }

    /**
     * A coming lesson as the page writes it, its day and times in the page's language, made once per showing rather
     * than three method expressions per lesson (issue 24).
     */
    public record Upcoming(String day, String start, String end, String where, LocalizedText topic) {
    }

    /** the course's coming lessons, as the page writes them */
    public List<Upcoming> next(MyProgress.Course course) {
        return upcoming.computeIfAbsent(course.enrollmentId(), id -> course.next().stream()
                .map(l -> new Upcoming(day(l.date()), time(l.start()), time(l.end()),
                        l.address() == null || l.address().isEmpty() ? l.place() : l.place() + ", " + l.address(),
                        l.topic()))
                .toList());
    }

    public List<MyProgress.Line> missing(MyProgress.Course course) {
        return course.missing(Pages.locale());
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, Pages.locale()) + ", "
                + Pages.date(date, FormatStyle.MEDIUM);
    }

    public String shortDay(LocalDate date) {
        return date == null ? "" : Pages.date(date, FormatStyle.SHORT);
    }

    public String time(LocalTime time) {
        return time == null ? "" : Numerals.time(time, Pages.locale());
    }

    /**
     * Attendance in plain words, as the graduation rule counts it: "You came to 5 of the 6 lessons that count.",
     * the share and the minimum, how many lessons were excused and late and how those count. Empty before the first
     * lesson that is theirs.
     */
    public List<String> attendance(MyProgress.Course course) {
        return attendance(course.attendance(), Pages.locale());
    }

    static List<String> attendance(MyProgress.Attendance a, Locale locale) {
        List<String> sentences = new ArrayList<>();
        if (a.counted() > 0) {
            sentences.add(Plurals.text(locale, "kiosk.attendance.came", a.counted(), Plurals.number(locale, a.came())));
            sentences.add(Messages.text(locale, "kiosk.attendance.share", Numerals.percent(a.percent(), locale),
                    Numerals.percent(a.minimumPercent(), locale)));
        }
        if (a.excused() > 0) {
            sentences.add(Plurals.text(locale, "kiosk.attendance.excused", a.excused()) + " "
                    + Messages.text(locale, "kiosk.attendance.excusedRule." + a.excusedCounts()));
        }
        if (a.late() > 0) {
            sentences.add(Plurals.text(locale, "kiosk.attendance.late", a.late()) + " "
                    + Messages.text(locale, "kiosk.attendance.lateRule." + a.lateCounts()));
        }
        return sentences;
    }
}
