package de.ffit.campus.report.boundary;

import de.ffit.campus.course.control.CourseSummary;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.organisation.control.Locations;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.report.control.Impact;
import de.ffit.campus.report.control.ImpactFiles;
import de.ffit.campus.report.control.ImpactFilter;
import de.ffit.campus.report.control.ImpactReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.omnifaces.util.Faces;

/**
 * {@code /reports/impact.xhtml}: the impact dashboard. A period (bookmarkable: {@code ?from=&to=}) and filters,
 * the key figures, the trend as charts, tables by organisation (admins), location, course and language, and the
 * report as PDF and CSV. Figures only: no names of learners anywhere.
 */
@Named
@ViewScoped
public class ImpactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Impact impact;

    @Inject
    Locations locations;

    @Inject
    Courses courses;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long organisationId;
    private Long locationId;
    private Long courseId;
    private transient ImpactReport report;
    /** the filter's choices, read once per view (the select menus ask for them in several phases of a request) */
    private transient List<Organisation> organisationChoices;
    private transient List<Location> locationChoices;
    private transient List<CourseSummary> courseChoices;

    /** After the view parameters: this year so far unless the address says otherwise. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        if (from == null) {
            from = today.withDayOfYear(1);
        }
        if (to == null) {
            to = today;
        }
        compute();
    }

    public void show() {
        compute();
    }

    /** A whole calendar year: 0 this year, -1 the last one. */
    public void year(int offset) {
        int year = LocalDate.now(clock).getYear() + offset;
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
        compute();
    }

    private void compute() {
        report = Pages.attempt(() -> impact.report(currentUser.actor(), new ImpactFilter(from, to, organisationId,
                locationId, courseId)));
    }

    public ImpactReport getReport() {
        return report;
    }

    public void pdf() throws IOException {
        ImpactReport current = current();
        if (current != null) {
            Faces.sendFile(ImpactFiles.pdf(current, Pages.locale(), LocalDate.now(clock)),
                    ImpactResource.fileName(current) + ".pdf", false);
        }
    }

    public void csv() throws IOException {
        ImpactReport current = current();
        if (current != null) {
            Faces.sendFile(ImpactFiles.csv(current, Pages.locale()), ImpactResource.fileName(current) + ".csv", true);
        }
    }

    private ImpactReport current() {
        compute();
        return report;
    }

    // ---- charts: Chart.js configurations for p:chart -------------------------------------------------------

    /** the most quarters the chart shows: with three bars each, more make slivers on a phone */
    static final int QUARTERS_SHOWN = 8;

    public String getQuarterChart() {
        return chart(report == null ? List.of() : recent(report.quarters(), QUARTERS_SHOWN));
    }

    public String getYearChart() {
        return chart(report == null ? List.of() : recent(report.years(), Integer.MAX_VALUE));
    }

    /**
     * The points a chart shows: from the first with any figure on (the years before the organisation's first
     * course are all zero), and of those the latest {@code most}. The table under the charts lists them all.
     */
    static List<ImpactReport.TrendPoint> recent(List<ImpactReport.TrendPoint> points, int most) {
        int first = 0;
        while (first < points.size() - 1 && points.get(first).participants() == 0
                && points.get(first).graduates() == 0 && points.get(first).certificates() == 0) {
            first++;
        }
        return points.subList(Math.max(first, points.size() - most), points.size());
    }

    private String chart(List<ImpactReport.TrendPoint> points) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(label(p)));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("report.participants", "#0b5cad", points, ImpactReport.TrendPoint::participants))
                .add(dataset("report.graduates", "#067647", points, ImpactReport.TrendPoint::graduates))
                .add(dataset("report.certificates", "#b7791f", points, ImpactReport.TrendPoint::certificates));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                // Chart.js writes its axis numbers with Intl in these locales, the first the browser knows: the
                // page's language with its digits, else (Pashto: Chromium has no data) English with those digits
                .add("options", Json.createObjectBuilder().add("locale", Json.createArrayBuilder()
                                .add(Numerals.scriptTag(Pages.locale())).add("en-u-nu-"
                                        + Language.ofLocale(Pages.locale()).numberingSystem()))
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String key, String color,
            List<ImpactReport.TrendPoint> points, ToIntFunction<ImpactReport.TrendPoint> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(value.applyAsInt(p)));
        // bars as wide as the room allows (Chart.js's defaults leave a fifth of each group and a tenth of each bar
        // empty), but no wider than a finger on a wide screen
        return Json.createObjectBuilder().add("label", Messages.text(Pages.locale(), key)).add("data", data)
                .add("backgroundColor", color).add("categoryPercentage", 0.9).add("barPercentage", 0.95)
                .add("maxBarThickness", 36);
    }

    // ---- choices ------------------------------------------------------------------------------------------

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public List<Organisation> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = isAdmin() ? organisations.all(currentUser.actor()) : List.of();
        }
        return organisationChoices;
    }

    /** The locations of the organisation the report is about (the admin's own when it is about all of them). */
    public List<Location> getLocations() {
        if (locationChoices == null) {
            locationChoices = locations.list(currentUser.actor());
        }
        return locationChoices;
    }

    public List<CourseSummary> getCourses() {
        if (courseChoices == null) {
            courseChoices = courses.list(currentUser.actor());
        }
        return courseChoices;
    }

    /** Bar widths for the language table: a share of the largest group. */
    public int share(int learners) {
        int most = report == null ? 0 : report.byLanguage().stream()
                .mapToInt(ImpactReport.LanguageCount::learners).max().orElse(0);
        return most == 0 ? 0 : Math.round(100f * learners / most);
    }

    public String rate(Integer percent) {
        return percent == null ? "–" : Numerals.percent(percent, Pages.locale());
    }

    /** A year or quarter ("2026 Q1") in the page's digits; a year is no amount, so it is not grouped. */
    public String label(ImpactReport.TrendPoint point) {
        return Numerals.digits(point.label(), Pages.locale());
    }

    // ---- view parameters and fields -----------------------------------------------------------------------

    public String getFromText() {
        return from == null ? null : from.toString();
    }

    public void setFromText(String text) {
        from = parse(text, "from");
    }

    public String getToText() {
        return to == null ? null : to.toString();
    }

    public void setToText(String text) {
        to = parse(text, "to");
    }

    private static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ImpactResource.date(text, field);
        } catch (CampusException invalid) {
            Pages.attempt(() -> {
                throw invalid;
            });
            return null;
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
