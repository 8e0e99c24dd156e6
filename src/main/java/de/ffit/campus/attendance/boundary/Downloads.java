package de.ffit.campus.attendance.boundary;

import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.CohortAttendance;
import de.ffit.campus.attendance.control.SignInSheet;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.platform.export.Spreadsheet;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.i18n.Numerals;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The files the attendance pages hand out: a lesson's sign-in sheet (PDF) and a cohort's attendance (CSV). */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The sheet is printed in the user's language, or in German where the language is written right to left (the
     * sheet's layout is left to right; names in Arabic script are shaped and ordered right to left in any case).
     */
    static byte[] signInSheet(AttendanceSheet sheet, Locale userLocale, LocalDate today) {
        Locale locale = Language.ofLocale(userLocale).isRightToLeft() ? Locale.GERMAN : userLocale;
        List<String> statuses = Arrays.stream(AttendanceStatus.values())
                .map(s -> Messages.text(locale, "attendanceStatus.short." + s)).toList();
        String legend = String.join(", ", Arrays.stream(AttendanceStatus.values())
                .map(s -> Messages.text(locale, "attendanceStatus.short." + s) + " = "
                        + Messages.text(locale, "attendanceStatus." + s)).toList());
        String when = Numerals.date(sheet.date(), FormatStyle.FULL, locale) + ", "
                + Numerals.time(sheet.start(), locale) + "–" + Numerals.time(sheet.end(), locale);
        SignInSheet.Labels labels = new SignInSheet.Labels(Messages.text(locale, "sheet.title"),
                Messages.text(locale, "sheet.when"), Messages.text(locale, "field.location"),
                Messages.text(locale, "field.trainers"), Messages.text(locale, "field.topic"),
                Messages.text(locale, "sheet.number"), Messages.text(locale, "field.name"),
                Messages.text(locale, "sheet.signature"), statuses, legend,
                Messages.text(locale, "sheet.footer", Numerals.date(today, FormatStyle.MEDIUM, locale)));
        List<SignInSheet.Person> people = sheet.rows().stream()
                .map(r -> new SignInSheet.Person(r.name(), r.nameOriginal())).toList();
        return SignInSheet.render(new SignInSheet.Data(sheet.cohortName(), when, sheet.locationName(),
                String.join(", ", sheet.trainers()), sheet.topic(), people, labels));
    }

    public static byte[] attendanceCsv(CohortAttendance overview, Locale locale) {
        List<CohortAttendance.LessonColumn> lessons = overview.lessons();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        List<String> header = new ArrayList<>(List.of(Messages.text(locale, "field.name"),
                Messages.text(locale, "field.nameOriginal"), Messages.text(locale, "field.status")));
        lessons.forEach(l -> header.add(l.date().atTime(l.start()).format(date)));
        header.add(Messages.text(locale, "overview.share") + " %");
        header.add(Messages.text(locale, "overview.standing"));
        List<List<String>> rows = new ArrayList<>();
        for (CohortAttendance.LearnerRow learner : overview.learners()) {
            List<String> row = new ArrayList<>(List.of(learner.name(),
                    learner.nameOriginal() == null ? "" : learner.nameOriginal(),
                    Messages.text(locale, "enrollmentStatus." + learner.status())));
            for (CohortAttendance.LessonColumn lesson : lessons) {
                AttendanceStatus mark = learner.mark(lesson.lessonId());
                row.add(mark == null ? lessonNote(lesson, locale) : Messages.text(locale, "attendanceStatus." + mark));
            }
            row.add(String.valueOf(learner.share().percent()));
            row.add(learner.isWithdrawn() ? Messages.text(locale, "overview.withdrawn")
                    : Messages.text(locale, "standing." + learner.getStanding()));
            rows.add(row);
        }
        return Spreadsheet.csv(header, rows);
    }

    private static String lessonNote(CohortAttendance.LessonColumn lesson, Locale locale) {
        return switch (lesson.state()) {
            case CANCELLED -> Messages.text(locale, "lessonState.CANCELLED");
            default -> "";
        };
    }
}
