package de.ffit.campus.demo;

import de.ffit.campus.account.control.PasswordHashing;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.attendance.entity.AttendanceRecord;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.WeeklySchedule;
import de.ffit.campus.course.control.CourseTranslations;
import de.ffit.campus.course.entity.Competence;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.guide.control.CatalogueWriter;
import de.ffit.campus.guide.control.GuideCatalogues;
import de.ffit.campus.guide.control.GuideLinkDraft;
import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.kiosk.control.PinHashing;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.learner.entity.LearnerDetails;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;
import de.ffit.campus.progress.entity.ExerciseCompletion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo installation: "Tür an Tür – Augsburg" with two locations, the "ffIT Basis" course, a running and a
 * finished cohort of 12 learners each, attendance already taken, and the accounts admin, coordinator and
 * trainer with the demo password. Dates are relative to the day of seeding, so the running cohort is running.
 */
@Stateless
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final List<String> ACCOUNTS = List.of("admin", "coordinator", "trainer");
    /** demo mode only, and in the README: the kiosk PIN of every demo learner, and one demo learner's card code */
    public static final String DEMO_PIN = "2580";
    public static final String DEMO_CARD = "DEMO2468";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    CampusSettings settings;

    @Inject
    PasswordHashing hashing;

    @Inject
    PinHashing pins;

    @Inject
    Clock clock;

    @Inject
    Certificates certificates;

    @Inject
    CatalogueWriter catalogueWriter;

    @Inject
    GuideCatalogues catalogues;

    @Inject
    Guides guides;

    @Inject
    CourseTranslations translations;

    private LocalDateTime now;

    public void seedOnce() {
        long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
        if (organisations > 0) {
            keepDemoPasswordCurrent();
            return;
        }
        now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDate today = LocalDate.now(clock);
        Organisation org = persist(new Organisation("Tür an Tür – Augsburg", "augsburg", now));
        persist(new UserAccount(org, "admin", "Alex Admin", Role.ADMIN, hash(), now));
        persist(new UserAccount(org, "coordinator", "Claudia Koordinatorin", Role.COORDINATOR, hash(), now));
        UserAccount trainer = persist(new UserAccount(org, "trainer", "Tarek Trainer", Role.TRAINER, hash(), now));

        Location classroom = persist(new Location(org, "Bildungsraum Innenstadt", "Wertachstraße 29, 86153 Augsburg",
                LocationKind.CLASSROOM));
        Location accommodation = persist(new Location(org, "Gemeinschaftsunterkunft Lechhausen",
                "Neuburger Straße 120, 86167 Augsburg", LocationKind.ACCOMMODATION));

        Course course = persist(basisCourse(org));

        LocalDate runningStart = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Cohort running = cohort(org, course, accommodation, "ffIT Basis – Lechhausen, Herbst",
                new WeeklySchedule(runningStart, runningStart.plusWeeks(8).minusDays(1),
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 30), LocalTime.of(12, 0)),
                trainer);
        LocalDate finishedStart = today.minusWeeks(26).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        Cohort finished = cohort(org, course, classroom, "ffIT Basis – Innenstadt, Frühjahr",
                new WeeklySchedule(finishedStart, finishedStart.plusWeeks(8).minusDays(1),
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(17, 0), LocalTime.of(19, 0)),
                trainer);

        Random random = new Random(20_260_302L);
        em.flush(); // the exercises' ids, for the rules frozen below
        running.freezeRule(running.getFirstDay().orElseThrow());
        finished.freezeRule(finished.getFirstDay().orElseThrow());
        enrolAndAttend(org, running, RUNNING_LEARNERS, today, random, false);
        enrolAndAttend(org, finished, FINISHED_LEARNERS, today, random, true);
        finished.finish(finished.getLastDay().orElseThrow());
        kioskCards(running);
        LOG.info("Demo data seeded: organisation 'Tür an Tür – Augsburg', accounts admin, coordinator, trainer.");
    }

    /**
     * Certificates for the graduates of the finished demo cohort, issued by the demo coordinator, once. It runs
     * after the seeding has been committed, because issuing makes the organisation's serial counter in a
     * transaction of its own, which must see the organisation. (Reading outside a transaction here saw an empty
     * database, so this reads and issues in one transaction.)
     */
    public void issueCertificatesOnce() {
        long existing = em.createQuery("select count(c) from Certificate c", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        List<UserAccount> coordinators = em.createQuery("select a from UserAccount a where a.username = :name",
                UserAccount.class).setParameter("name", "coordinator").getResultList();
        if (coordinators.isEmpty()) {
            return;
        }
        UserAccount coordinator = coordinators.get(0);
        Actor actor = new Actor(coordinator.getId(), coordinator.getUsername(),
                coordinator.getOrganisation().getId(), coordinator.getRole());
        List<Long> graduates = em.createQuery("select e.id from Enrollment e where e.status = :graduated "
                + "order by e.id", Long.class).setParameter("graduated", EnrollmentStatus.GRADUATED).getResultList();
        for (Long enrollment : graduates) {
            certificates.issue(actor, enrollment, null);
        }
        LOG.info(() -> "Demo data: " + graduates.size() + " certificates issued to the finished cohort's graduates.");
    }

    /**
     * A small stored guide catalogue for the demo region, and the demo course's exercises linked to it, once (see
     * {@link DemoGuideCatalogue}). Like the certificates, after the seeding is committed: the catalogue is written
     * in a transaction of its own, as an import writes it.
     */
    public void guideCatalogueOnce() {
        Number pages = (Number) em.createNativeQuery("select count(*) from guide_page").getSingleResult();
        List<UserAccount> coordinators = em.createQuery("select a from UserAccount a where a.username = :name",
                UserAccount.class).setParameter("name", "coordinator").getResultList();
        if (pages.longValue() > 0 || coordinators.isEmpty()) {
            return;
        }
        UserAccount coordinator = coordinators.get(0);
        long org = coordinator.getOrganisation().getId();
        Actor actor = new Actor(coordinator.getId(), coordinator.getUsername(), org, coordinator.getRole());
        LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        catalogues.claim(org, DemoGuideCatalogue.REGION, "demo", at);
        catalogues.succeeded(org, catalogueWriter.write(org, DemoGuideCatalogue.fetched(at.minusDays(20)), at), at);
        int linked = 0;
        for (Map.Entry<String, List<String>> link : DemoGuideCatalogue.LINKS.entrySet()) {
            for (String title : link.getValue()) {
                List<Long> exercises = em.createQuery("select e.id from Exercise e where e.title = :title "
                        + "and e.module.course.organisation.id = :org", Long.class).setParameter("title", title)
                        .setParameter("org", org).getResultList();
                for (Long exercise : exercises) {
                    guides.link(actor, Guides.Target.EXERCISE, exercise,
                            new GuideLinkDraft(DemoGuideCatalogue.REGION, link.getKey()), "de");
                    linked++;
                }
            }
        }
        int count = linked;
        LOG.info(() -> "Demo data: a stored Integreat guide catalogue, " + count + " exercises linked to guides.");
    }

    /**
     * The demo course's content in the nine other languages, once (see {@link DemoCourseTexts}): each language's
     * sheet downloaded, filled in and imported by the demo coordinator, through the same checks as any sheet. After
     * the seeding is committed, because the lesson topics are read from the stored lessons.
     */
    public void courseTextsOnce() {
        long texts = em.createQuery("select count(t) from CourseText t", Long.class).getSingleResult();
        List<UserAccount> coordinators = em.createQuery("select a from UserAccount a where a.username = :name",
                UserAccount.class).setParameter("name", "coordinator").getResultList();
        if (texts > 0 || coordinators.isEmpty()) {
            return;
        }
        UserAccount coordinator = coordinators.get(0);
        Actor actor = new Actor(coordinator.getId(), coordinator.getUsername(),
                coordinator.getOrganisation().getId(), coordinator.getRole());
        List<Long> basis = em.createQuery("select c.id from Course c where c.title = :title "
                + "and c.organisation.id = :org", Long.class).setParameter("title", "ffIT Basis")
                .setParameter("org", actor.organisationId()).getResultList();
        int stored = 0;
        for (Long course : basis) {
            for (Map.Entry<String, Map<String, String>> language : DemoCourseTexts.load().entrySet()) {
                byte[] sheet = translations.export(actor, course, language.getKey()).csv();
                stored += translations.importSheet(actor, course, language.getKey(),
                        DemoCourseTexts.fill(sheet, language.getValue())).saved();
            }
        }
        int count = stored;
        LOG.info(() -> "Demo data: the demo course's content in nine more languages, " + count + " texts.");
    }

    /**
     * The kiosk can be tried at once: every demo learner has the PIN {@value #DEMO_PIN}, and the first learner of
     * the running cohort the card code {@value #DEMO_CARD} (both in the README; demo mode only).
     */
    private void kioskCards(Cohort running) {
        running.getEnrollments().stream().map(Enrollment::getLearner)
                .filter(l -> l.getName().equals(RUNNING_LEARNERS.get(0).name())).findFirst()
                .ifPresent(l -> l.assignCode(new LearnerCode(DEMO_CARD)));
        em.flush();
        // in SQL: the PIN columns are only ever written this way (see the kiosk feature's LearnerPins)
        em.createNativeQuery("update learner set pin_hash = ?1, pin_set_at = ?2")
                .setParameter(1, pins.hash(DEMO_PIN.toCharArray())).setParameter(2, now).executeUpdate();
    }

    /** The sign-in page promises FFIT_DEMO_PASSWORD; after the operator changes it, the accounts follow. */
    private void keepDemoPasswordCurrent() {
        char[] password = settings.demoPassword().toCharArray();
        em.createQuery("select a from UserAccount a where a.username in :names", UserAccount.class)
                .setParameter("names", ACCOUNTS).getResultList().stream()
                .filter(a -> !hashing.verify(password, a.getPasswordHash()))
                .forEach(a -> a.changePasswordHash(hashing.generate(password)));
    }

    private String hash() {
        return hashing.generate(settings.demoPassword().toCharArray());
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private Course basisCourse(Organisation org) {
        Course course = new Course(org, "ffIT Basis",
                "Computer, Smartphone und Internet für den Alltag: vom Einschalten bis zur Online-Bewerbung.",
                new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, 60), now);
        CourseModule computer = course.addModule("Computer-Grundlagen", "Einschalten, Maus, Tastatur, Dateien.");
        computer.addExercise("Computer einschalten, anmelden und ausschalten", null, true, c("5.1"));
        computer.addExercise("Maus und Tastatur benutzen", null, true, c("5.1"));
        computer.addExercise("Dateien und Ordner anlegen", null, false, c("1.3"));
        computer.addExercise("Einen Text schreiben und speichern", null, false, c("3.1"));
        CourseModule phone = course.addModule("Smartphone-Grundlagen", "Einrichten, Apps, WLAN, Fotos.");
        phone.addExercise("Smartphone sichern: PIN, Sperrbildschirm, Updates", null, true, c("4.1"));
        phone.addExercise("Apps installieren und löschen", null, true, c("5.2"));
        phone.addExercise("WLAN und mobile Daten verwenden", null, false, c("5.1"));
        phone.addExercise("Fotos aufnehmen und teilen", null, false, c("2.2", "3.1"));
        CourseModule internet = course.addModule("Internet und E-Mail", "Suchen, schreiben, telefonieren.");
        internet.addExercise("Im Internet suchen und Ergebnisse bewerten", null, true, c("1.1", "1.2"));
        internet.addExercise("Eine E-Mail-Adresse einrichten", null, true, c("2.1", "2.6"));
        internet.addExercise("Eine E-Mail mit Anhang senden", null, true, c("2.1", "2.2"));
        internet.addExercise("Die Integreat-App für die eigene Stadt nutzen", null, false, c("1.1", "2.3"));
        internet.addExercise("Einen Videoanruf führen", null, false, c("2.1", "2.4"));
        CourseModule safety = course.addModule("Sicher im Netz", "Passwörter, Betrug, Privatsphäre, Gesundheit.");
        safety.addExercise("Sichere Passwörter erstellen", null, true, c("4.1", "4.2"));
        safety.addExercise("Betrug erkennen: Phishing und Fake-Shops", null, true, c("4.2", "1.2"));
        safety.addExercise("Privatsphäre-Einstellungen in Apps", null, false, c("4.2", "2.6"));
        safety.addExercise("Bildschirmzeit im Blick behalten", null, false, c("4.3"));
        CourseModule life = course.addModule("Wohnung und Arbeit online finden",
                "Anzeigen, Lebenslauf, Bewerbung, Termine.");
        life.addExercise("Wohnungsanzeigen suchen und filtern", null, true, c("1.1", "5.2"));
        life.addExercise("Einen Lebenslauf am Computer schreiben", null, false, c("3.1", "3.2"));
        life.addExercise("Bewerbung per E-Mail oder Online-Formular", null, true, c("2.1", "3.1"));
        life.addExercise("Termine online buchen (Bürgerbüro, Jobcenter)", null, false, c("2.3", "5.2"));
        return course;
    }

    private Set<Competence> c(String... codes) {
        Set<Competence> set = new HashSet<>();
        for (String code : codes) {
            set.add(em.find(Competence.class, code));
        }
        return set;
    }

    private Cohort cohort(Organisation org, Course course, Location location, String name, WeeklySchedule schedule,
            UserAccount trainer) {
        Cohort cohort = new Cohort(org, course, location, name, now);
        cohort.assignTrainers(List.of(trainer));
        cohort.planLessons(schedule, null);
        List<String> topics = course.getModules().stream().map(CourseModule::getTitle).toList();
        List<Lesson> lessons = cohort.getLessons();
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).changeTopic(topics.get(Math.min(i * topics.size() / lessons.size(), topics.size() - 1)));
        }
        return persist(cohort);
    }

    private void enrolAndAttend(Organisation org, Cohort cohort, List<LearnerDetails> people, LocalDate today,
            Random random, boolean finished) {
        LocalDate firstDay = cohort.getFirstDay().orElseThrow();
        int index = 0;
        for (LearnerDetails details : people) {
            Learner learner = persist(new Learner(org, LearnerCode.random(), details, today, now));
            Enrollment enrollment = cohort.enrol(learner, firstDay.minusDays(7));
            em.persist(enrollment);
            // in the finished cohort two learners dropped out half-way; in the running one, one did
            boolean dropsOut = finished ? index == 4 || index == 9 : index == 7;
            int lessonNumber = 0;
            for (Lesson lesson : cohort.getLessons()) {
                lessonNumber++;
                if (!lesson.getDate().isBefore(today) || (dropsOut && lessonNumber > cohort.getLessons().size() / 2)) {
                    continue;
                }
                if (!finished && lessonNumber == 5) {
                    lesson.cancel();
                    continue;
                }
                lesson.markHeld();
                persist(new AttendanceRecord(lesson, enrollment, status(random), null, "trainer",
                        lesson.getDate().atTime(lesson.getEndTime())));
            }
            complete(cohort, enrollment, today, random, finished, dropsOut);
            if (dropsOut) {
                enrollment.withdraw(cohort.getLessons().get(cohort.getLessons().size() / 2).getDate(),
                        finished ? "Umzug in eine andere Stadt" : "Arbeitsstelle gefunden");
            } else if (finished) {
                enrollment.graduate();
            }
            index++;
        }
    }

    /**
     * Exercises done: those of the modules taught so far, most confirmed by the trainer, a few reported by the
     * learner and waiting; in the finished cohort every graduate has what the rule asks for.
     */
    private void complete(Cohort cohort, Enrollment enrollment, LocalDate today, Random random, boolean finished,
            boolean dropsOut) {
        List<Exercise> plan = cohort.getCourse().getExercises();
        long past = cohort.getLessons().stream().filter(l -> l.getDate().isBefore(today)).count();
        double taught = dropsOut ? 0.5 : (double) past / cohort.getLessons().size();
        for (int i = 0; i < plan.size() * taught; i++) {
            Exercise exercise = plan.get(i);
            LocalDateTime at = now.minusDays(plan.size() - i);
            int roll = random.nextInt(100);
            if (finished && !dropsOut ? exercise.isMandatory() || roll < 80 : roll < 82) {
                persist(ExerciseCompletion.confirmedBy(enrollment, exercise, "trainer", at));
            } else if (!finished && roll < 90) {
                persist(ExerciseCompletion.reportedByLearner(enrollment, exercise, at));
            }
        }
    }

    private static AttendanceStatus status(Random random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return AttendanceStatus.PRESENT;
        }
        if (roll < 88) {
            return AttendanceStatus.LATE;
        }
        return roll < 94 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
    }

    private static LearnerDetails learner(String name, String original, String language, LocalDate birth) {
        return new LearnerDetails(name, original, language, birth, true);
    }

    static final List<LearnerDetails> RUNNING_LEARNERS = List.of(
            learner("Amina Haddad", "أمينة حداد", "ar", LocalDate.of(1991, 4, 12)),
            learner("Mohammad Rahimi", "محمد رحیمی", "fa", LocalDate.of(1987, 9, 3)),
            learner("Olena Kovalenko", "Олена Коваленко", "uk", LocalDate.of(1979, 1, 28)),
            learner("Mehmet Yılmaz", null, "tr", null),
            learner("Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti", LocalDate.of(1998, 6, 1)),
            learner("Rojda Aslan", null, "kmr", LocalDate.of(2001, 11, 19)),
            learner("Fatima Al-Sayed", "فاطمة السيد", "ar", null),
            learner("Zahra Ahmadi", "زهرا احمدی", "fa", LocalDate.of(1995, 2, 14)),
            learner("Yusuf Osman", "يوسف عثمان", "ar", LocalDate.of(1983, 7, 22)),
            learner("Iryna Shevchenko", "Ірина Шевченко", "uk", null),
            learner("Awet Tekle", "ኣወት ተኽለ", "ti", LocalDate.of(2000, 3, 9)),
            learner("Ahmad Noori", "احمد نوري", "ps", null));

    static final List<LearnerDetails> FINISHED_LEARNERS = List.of(
            learner("Rania Khalil", "رانيا خليل", "ar", LocalDate.of(1990, 5, 5)),
            learner("Hamid Sultani", "حمید سلطانی", "fa", null),
            learner("Dmytro Bondarenko", "Дмитро Бондаренко", "uk", LocalDate.of(1975, 10, 30)),
            learner("Ayşe Demir", null, "tr", LocalDate.of(1968, 12, 2)),
            learner("Selam Haile", "ሰላም ሃይለ", "ti", null),
            learner("Berfin Doğan", null, "kmr", LocalDate.of(1999, 8, 16)),
            learner("Omar Abdullah", "عمر عبدالله", "ar", null),
            learner("Mariam Hosseini", "مریم حسینی", "fa", LocalDate.of(1993, 1, 7)),
            learner("Kateryna Melnyk", "Катерина Мельник", "uk", null),
            learner("Nasir Ahmadzai", "نصیر احمدزی", "ps", LocalDate.of(1996, 4, 25)),
            learner("Hevin Ali", null, "kmr", null),
            learner("Yonas Berhane", "ዮናስ በርሀነ", "ti", LocalDate.of(1989, 9, 11)));
}
