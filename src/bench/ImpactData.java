import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data for the impact report at scale, and its benchmark. Three modes:
 *
 * <p><b>Generate</b> (the default): creates ORGS organisations through the app's API as admin (each with one
 * coordinator, all with the same known password), then fills them straight into MariaDB with JDBC batches, one
 * transaction per organisation: 3 locations, 2 courses, and per year (YEARS years ending with the current one) 8
 * cohorts, two starting each quarter (Monday/Wednesday mornings and, six weeks later, Tuesday/Thursday afternoons),
 * each at a location and for a course, with 10 new learners (preferred languages weighted: ar 25 %, fa 20 %, uk 15 %,
 * tr 10 %, de 8 %, ps 7 %, ti 5 %, ru 4 %, kmr 4 %, en 2 %) and 48 lessons (two a week for 24 weeks: HELD before
 * today, PLANNED from today, about 2 % CANCELLED). Every held lesson has a record for every learner enrolled on that
 * day (about 80 % PRESENT, 8 % LATE, 7 % ABSENT, 5 % EXCUSED). About 10 % of the enrolments are WITHDRAWN in the
 * middle of their cohort (no records from that day on). A cohort started has its course's rule frozen on its first
 * lesson; one whose last lesson is past is finished on that day, and about 65 % of its remaining learners are
 * GRADUATED with a VALID certificate issued that day (serials FFIT-YYYY-NNNNNN counting per organisation and year,
 * the organisation's counter set to the last one), the others stay ENROLLED. 50 x 5 gives 20,000 learners and
 * enrolments and about 870,000 attendance records. Ids are given here (the tables' highest id + 1 on), so the app
 * must not write to these tables meanwhile; a fixed seed per organisation makes every run the same. Ends with
 * ANALYZE TABLE on the big tables. Writes OUT_FILE, shell-sourceable and a properties file at once: password,
 * years, and for organisation n (1..ORGS) org_n_id and org_n_coordinator.
 *
 * <pre>java -cp mariadb-java-client.jar src/bench/ImpactData.java BASE_URL ADMIN_PASSWORD JDBC_URL DB_USER DB_PASSWORD
 *      [ORGS [YEARS [OUT_FILE]]]</pre>
 *
 * <p><b>bench</b>: times the impact report of organisation 1 for FROM..TO, one request at a time on loopback:
 * GET /api/reports/impact as its coordinator (HTTP Basic), the page /reports/impact.xhtml after a form sign-in as
 * the coordinator, and the API as admin across all organisations (for information). Prints p50/p95/p99/max and
 * PASS/MISS against p95 &lt; 1 s for the first two.
 *
 * <pre>java src/bench/ImpactData.java bench BASE_URL ADMIN_PASSWORD DATA_FILE FROM TO
 *      [API_WARMUP API_REQUESTS PAGE_WARMUP PAGE_REQUESTS ADMIN_WARMUP ADMIN_REQUESTS]</pre>
 * (defaults 200 500 50 200 20 100)
 *
 * <p><b>time</b>: runs each SQL statement of STATEMENTS_FILE (one a line) once unmeasured and RUNS times measured
 * through JDBC, reading every row, prints the mean and the slowest run of each, and writes the statement with the
 * highest mean to SLOWEST_FILE.
 *
 * <pre>java -cp mariadb-java-client.jar src/bench/ImpactData.java time JDBC_URL DB_USER DB_PASSWORD STATEMENTS_FILE
 *      RUNS SLOWEST_FILE</pre>
 */
public class ImpactData {

    static final String PASSWORD = "Bench-Passwort-1";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final String VERIFY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static final int COHORTS_PER_YEAR = 8;
    static final int LEARNERS_PER_COHORT = 10;
    static final int WEEKS = 24;
    static final int BATCH = 5_000;

    static final String[] LANGUAGES = {"ar", "fa", "uk", "tr", "de", "ps", "ti", "ru", "kmr", "en"};
    static final int[] LANGUAGE_WEIGHTS = {25, 20, 15, 10, 8, 7, 5, 4, 4, 2};
    /** per language: given names and family names, Latin and (where the language has its own script) original */
    static final String[][][] NAMES = {
        {{"Amina", "Ahmad", "Fatima", "Omar", "Layla", "Yousef"}, {"Al-Hassan", "Haddad", "Khalil", "Nasser"},
            {"أمينة", "أحمد", "فاطمة", "عمر", "ليلى", "يوسف"}, {"الحسن", "حداد", "خليل", "ناصر"}},
        {{"Zahra", "Mohammad", "Maryam", "Ali", "Parisa", "Reza"}, {"Ahmadi", "Hosseini", "Rahimi", "Karimi"},
            {"زهرا", "محمد", "مریم", "علی", "پریسا", "رضا"}, {"احمدی", "حسینی", "رحیمی", "کریمی"}},
        {{"Olena", "Andrii", "Iryna", "Taras", "Oksana", "Dmytro"}, {"Shevchenko", "Kovalenko", "Bondarenko",
            "Tkachenko"}, {"Олена", "Андрій", "Ірина", "Тарас", "Оксана", "Дмитро"}, {"Шевченко", "Коваленко",
            "Бондаренко", "Ткаченко"}},
        {{"Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre"}, {"Yılmaz", "Kaya", "Demir", "Şahin"}, null, null},
        {{"Sabine", "Thomas", "Monika", "Klaus", "Petra", "Jürgen"}, {"Müller", "Schmidt", "Huber", "Wagner"},
            null, null},
        {{"Gulalai", "Farid", "Malalai", "Wahid", "Shabana", "Naveed"}, {"Khan", "Stanikzai", "Yousafzai",
            "Durrani"}, {"ګلالۍ", "فرید", "ملالۍ", "وحید", "شبانه", "نوید"}, {"خان", "ستانکزی", "یوسفزی", "درانی"}},
        {{"Selam", "Tesfay", "Helen", "Yonas", "Senait", "Mehari"}, {"Gebremedhin", "Tekle", "Haile", "Berhe"},
            {"ሰላም", "ተስፋይ", "ሄለን", "ዮናስ", "ሰናይት", "መሓሪ"}, {"ገብረመድህን", "ተክለ", "ሃይለ", "በርሀ"}},
        {{"Anna", "Sergei", "Natalia", "Ivan", "Svetlana", "Pavel"}, {"Ivanova", "Petrov", "Smirnova", "Volkov"},
            {"Анна", "Сергей", "Наталья", "Иван", "Светлана", "Павел"}, {"Иванова", "Петров", "Смирнова",
            "Волков"}},
        {{"Berfîn", "Rojhat", "Jiyan", "Azad", "Rojda", "Baran"}, {"Xelîl", "Amed", "Botan", "Zaxo"}, null, null},
        {{"Grace", "John", "Mary", "David", "Ruth", "Samuel"}, {"Okafor", "Mensah", "Smith", "Adeyemi"}, null, null},
    };
    static final String[] WITHDRAWAL_REASONS = {"Umzug in eine andere Stadt", "Arbeit gefunden",
        "Wechsel in einen Integrationskurs", "Krankheit", "Kinderbetreuung", null};

    record Org(int number, long id, String name, String coordinator) {
    }

    /** what was written, over all organisations */
    static long learners;
    static long enrollments;
    static long withdrawn;
    static long graduated;
    static long lessons;
    static long held;
    static long cancelled;
    static long records;
    static long cohorts;
    static long finished;
    static final long[] MARK_COUNTS = new long[4];
    static final long[] LANGUAGE_COUNTS = new long[LANGUAGES.length];

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bench")) {
            bench(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("time")) {
            time(Arrays.copyOfRange(args, 1, args.length));
        } else {
            generate(args);
        }
    }

    // ---------------------------------------------------------------------------------------------- generate

    static void generate(String[] args) throws Exception {
        if (args.length < 5 || args.length > 8) {
            System.err.println("usage: java -cp mariadb-java-client.jar src/bench/ImpactData.java BASE_URL"
                    + " ADMIN_PASSWORD JDBC_URL DB_USER DB_PASSWORD [ORGS [YEARS [OUT_FILE]]]");
            System.exit(2);
        }
        String base = loopback(args[0]);
        String admin = auth("admin", args[1]);
        String jdbcUrl = args[2];
        if (!jdbcUrl.startsWith("jdbc:mariadb://127.0.0.1:") && !jdbcUrl.startsWith("jdbc:mariadb://127.0.0.1/")) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1: " + jdbcUrl);
        }
        int orgCount = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        int years = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        Path out = Path.of(args.length > 7 ? args[7] : "target/impact-data.properties");
        LocalDate today = LocalDate.now();
        int lastYear = today.getYear();
        int firstYear = lastYear - years + 1;
        long started = System.nanoTime();

        List<Org> orgs = new ArrayList<>();
        for (int n = 1; n <= orgCount; n++) {
            String name = String.format("Impact-Träger %02d", n);
            long id = id(call(base, admin, "POST", "/api/organisations",
                    "{\"name\":\"" + name + "\",\"integreatRegion\":\"augsburg\"}"));
            String coordinator = String.format("impact-c%02d", n);
            call(base, admin, "POST", "/api/accounts", "{\"organisationId\":" + id + ",\"username\":\""
                    + coordinator + "\",\"displayName\":\"Koordination " + n + "\",\"role\":\"COORDINATOR\","
                    + "\"password\":\"" + PASSWORD + "\"}");
            orgs.add(new Org(n, id, name, coordinator));
        }
        double apiSeconds = (System.nanoTime() - started) / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add("password=" + PASSWORD);
        lines.add("organisations=" + orgCount);
        lines.add("first_year=" + firstYear);
        lines.add("last_year=" + lastYear);
        for (Org org : orgs) {
            lines.add("org_" + org.number() + "_id=" + org.id());
            lines.add("org_" + org.number() + "_coordinator=" + org.coordinator());
        }
        Files.write(out, lines);
        System.out.printf("%d organisations and coordinators through the API in %.1f s%n", orgCount, apiSeconds);

        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true&useBulkStmts=true&cachePrepStmts=true";
        long sqlStarted = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args[3], args[4])) {
            db.setAutoCommit(false);
            Ids ids = new Ids(db);
            Set<String> verificationCodes = new HashSet<>();
            for (Org org : orgs) {
                long t = System.nanoTime();
                organisation(db, ids, org, firstYear, lastYear, today, verificationCodes);
                db.commit();
                if (org.number() == 1 || org.number() % 10 == 0 || org.number() == orgCount) {
                    System.out.printf("  organisation %d of %d written (%.1f s; %d records so far)%n", org.number(),
                            orgCount, (System.nanoTime() - t) / 1e9, records);
                }
            }
            double insertSeconds = (System.nanoTime() - sqlStarted) / 1e9;
            long analyzeStarted = System.nanoTime();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                for (String table : List.of("attendance_record", "enrollment", "lesson", "learner", "cohort",
                        "certificate", "location", "course")) {
                    try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + table)) {
                        while (rs.next()) {
                            if (!"OK".equalsIgnoreCase(rs.getString("Msg_text"))
                                    && !"status".equalsIgnoreCase(rs.getString("Msg_type"))) {
                                System.out.println("  ANALYZE " + table + ": " + rs.getString("Msg_type") + " "
                                        + rs.getString("Msg_text"));
                            }
                        }
                    }
                }
            }
            double analyzeSeconds = (System.nanoTime() - analyzeStarted) / 1e9;
            System.out.printf("impact data: %d organisations x %d years (%d-%d, today %s): %d cohorts (%d finished),"
                    + " %d learners, %d enrolments (%d withdrawn, %d graduated with a certificate each), %d lessons"
                    + " (%d held, %d cancelled), %d attendance records%n", orgCount, years, firstYear, lastYear,
                    today, cohorts, finished, learners, enrollments, withdrawn, graduated, lessons, held, cancelled,
                    records);
            System.out.printf("  marks: %s%n  languages: %s%n", share(new String[] {"PRESENT", "LATE", "ABSENT",
                "EXCUSED"}, MARK_COUNTS), share(LANGUAGES, LANGUAGE_COUNTS));
            System.out.printf("  time: API %.1f s, JDBC inserts %.1f s (%.0f records/s), ANALYZE TABLE %.1f s,"
                    + " in all %.1f s -> %s%n", apiSeconds, insertSeconds, records / insertSeconds, analyzeSeconds,
                    (System.nanoTime() - started) / 1e9, out);
        }
    }

    static String share(String[] names, long[] counts) {
        long total = Arrays.stream(counts).sum();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names[i]).append(String.format(" %.1f %%",
                    100.0 * counts[i] / Math.max(1, total)));
        }
        return s.toString();
    }

    /** the next free id of each table, read once: this program gives the ids itself */
    static final class Ids {
        long location;
        long course;
        long cohort;
        long lesson;
        long learner;
        long enrollment;
        long record;
        long certificate;

        Ids(Connection db) throws SQLException {
            location = max(db, "location");
            course = max(db, "course");
            cohort = max(db, "cohort");
            lesson = max(db, "lesson");
            learner = max(db, "learner");
            enrollment = max(db, "enrollment");
            record = max(db, "attendance_record");
            certificate = max(db, "certificate");
        }

        static long max(Connection db, String table) throws SQLException {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from "
                    + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    record Course(long id, String title, int minAttendance, String late, String excused, int minExercise) {
    }

    record Lesson(long id, LocalDate date, String state) {
    }

    record Enrollment(long id, long learnerId, String learnerName, String language, LocalDate enrolledOn,
            LocalDate withdrawnOn) {
    }

    record Issue(long enrollmentId, String learnerName, String language, String courseTitle, LocalDate on) {
    }

    static void organisation(Connection db, Ids ids, Org org, int firstYear, int lastYear, LocalDate today,
            Set<String> verificationCodes) throws SQLException {
        Random random = new Random(4711L * 1_000 + org.number());
        LocalDateTime createdAt = LocalDate.of(firstYear, 1, 1).minusMonths(2).atTime(9, 0);

        long[] locations = new long[3];
        try (PreparedStatement ps = db.prepareStatement("insert into location (id, organisation_id, name, address,"
                + " kind, version) values (?, ?, ?, ?, ?, 0)")) {
            String[][] l = {{"Schulungsraum Mitte", "Hauptstraße 12", "CLASSROOM"},
                {"Gemeinschaftsunterkunft Nord", "Am Anger 3", "ACCOMMODATION"},
                {"Stadtteiltreff Süd", "Lindenweg 40", "OTHER"}};
            for (int i = 0; i < 3; i++) {
                locations[i] = ++ids.location;
                ps.setLong(1, locations[i]);
                ps.setLong(2, org.id());
                ps.setString(3, l[i][0]);
                ps.setString(4, l[i][1]);
                ps.setString(5, l[i][2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Course[] courses = {new Course(++ids.course, "ffIT Basis", 75, "AS_PRESENT", "NOT_COUNTED", 60),
            new Course(++ids.course, "ffIT Aufbau", 80, "AS_HALF", "AS_PRESENT", 50)};
        try (PreparedStatement ps = db.prepareStatement("insert into course (id, organisation_id, title,"
                + " description, min_attendance_percent, late_counts, excused_counts, min_exercise_percent,"
                + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Course c : courses) {
                ps.setLong(1, c.id());
                ps.setLong(2, org.id());
                ps.setString(3, c.title());
                ps.setString(4, "Digitale Grundbildung (Bench-Daten)");
                ps.setInt(5, c.minAttendance());
                ps.setString(6, c.late());
                ps.setString(7, c.excused());
                ps.setInt(8, c.minExercise());
                ps.setTimestamp(9, Timestamp.valueOf(createdAt));
                ps.addBatch();
            }
            ps.executeBatch();
        }

        PreparedStatement cohortInsert = db.prepareStatement("insert into cohort (id, organisation_id, course_id,"
                + " location_id, name, created_at, version, rule_frozen_on, frozen_min_attendance_percent,"
                + " frozen_late_counts, frozen_excused_counts, frozen_min_exercise_percent, finished_on)"
                + " values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)");
        PreparedStatement lessonInsert = db.prepareStatement("insert into lesson (id, cohort_id, lesson_date,"
                + " start_time, end_time, topic, state, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement learnerInsert = db.prepareStatement("insert into learner (id, organisation_id, code, name,"
                + " name_original, preferred_language, birth_date, consent_on, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement enrollmentInsert = db.prepareStatement("insert into enrollment (id, cohort_id, learner_id,"
                + " status, enrolled_on, withdrawn_on, withdrawal_reason, version) values (?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement recordInsert = db.prepareStatement("insert into attendance_record (id, lesson_id,"
                + " enrollment_id, status, note, recorded_by, recorded_at, version) values (?, ?, ?, ?, null, ?, ?, 0)");
        List<Issue> issues = new ArrayList<>();
        Set<String> learnerCodes = new HashSet<>();
        int pendingRecords = 0;
        try {
            for (int year = firstYear; year <= lastYear; year++) {
                for (int c = 0; c < COHORTS_PER_YEAR; c++) {
                    int quarter = c / 2;
                    boolean second = c % 2 == 1;
                    LocalDate first = LocalDate.of(year, quarter * 3 + 1, 1)
                            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(second ? 6 : 0)
                            .plusDays(second ? 1 : 0);
                    LocalTime start = second ? LocalTime.of(13, 30) : LocalTime.of(9, 30);
                    LocalTime end = second ? LocalTime.of(16, 0) : LocalTime.of(12, 0);
                    Course course = courses[(c + year) % 2];
                    long location = locations[(c + year) % 3];
                    long cohortId = ++ids.cohort;
                    cohorts++;

                    // the lessons: Monday and Wednesday (or Tuesday and Thursday) for 24 weeks
                    List<Lesson> plan = new ArrayList<>();
                    for (int w = 0; w < WEEKS; w++) {
                        for (int d = 0; d < 2; d++) {
                            LocalDate date = first.plusWeeks(w).plusDays(2L * d);
                            String state = random.nextInt(100) < 2 ? "CANCELLED"
                                    : date.isBefore(today) ? "HELD" : "PLANNED";
                            plan.add(new Lesson(++ids.lesson, date, state));
                        }
                    }
                    LocalDate lastDay = plan.stream().filter(l -> !l.state().equals("CANCELLED"))
                            .map(Lesson::date).max(Comparator.naturalOrder()).orElseThrow();
                    boolean startedYet = !first.isAfter(today);
                    boolean done = lastDay.isBefore(today);
                    if (done) {
                        finished++;
                    }
                    cohortInsert.setLong(1, cohortId);
                    cohortInsert.setLong(2, org.id());
                    cohortInsert.setLong(3, course.id());
                    cohortInsert.setLong(4, location);
                    cohortInsert.setString(5, String.format("%s %d-%d%s", course.title(), year, quarter + 1,
                            second ? "b" : "a"));
                    cohortInsert.setTimestamp(6, Timestamp.valueOf(first.minusWeeks(3).atTime(10, 15)));
                    if (startedYet) {
                        cohortInsert.setDate(7, Date.valueOf(first));
                        cohortInsert.setInt(8, course.minAttendance());
                        cohortInsert.setString(9, course.late());
                        cohortInsert.setString(10, course.excused());
                        cohortInsert.setInt(11, course.minExercise());
                    } else {
                        cohortInsert.setNull(7, Types.DATE);
                        cohortInsert.setNull(8, Types.INTEGER);
                        cohortInsert.setNull(9, Types.VARCHAR);
                        cohortInsert.setNull(10, Types.VARCHAR);
                        cohortInsert.setNull(11, Types.INTEGER);
                    }
                    cohortInsert.setDate(12, done ? Date.valueOf(lastDay) : null);
                    cohortInsert.addBatch();
                    for (int i = 0; i < plan.size(); i++) {
                        Lesson l = plan.get(i);
                        lessonInsert.setLong(1, l.id());
                        lessonInsert.setLong(2, cohortId);
                        lessonInsert.setDate(3, Date.valueOf(l.date()));
                        lessonInsert.setTime(4, Time.valueOf(start));
                        lessonInsert.setTime(5, Time.valueOf(end));
                        lessonInsert.setString(6, "Einheit " + (i + 1));
                        lessonInsert.setString(7, l.state());
                        lessonInsert.addBatch();
                        lessons++;
                        if (l.state().equals("HELD")) {
                            held++;
                        } else if (l.state().equals("CANCELLED")) {
                            cancelled++;
                        }
                    }

                    // the learners and their enrolments
                    List<Enrollment> members = new ArrayList<>();
                    for (int i = 0; i < LEARNERS_PER_COHORT; i++) {
                        int lang = weighted(random);
                        LANGUAGE_COUNTS[lang]++;
                        String[][] names = NAMES[lang];
                        int given = random.nextInt(names[0].length);
                        int family = random.nextInt(names[1].length);
                        String name = names[0][given] + " " + names[1][family];
                        String original = names[2] == null ? null : names[2][given] + " " + names[3][family];
                        String code;
                        do {
                            StringBuilder b = new StringBuilder();
                            for (int k = 0; k < 8; k++) {
                                b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
                            }
                            code = b.toString();
                        } while (!learnerCodes.add(code));
                        LocalDate enrolledOn = first.minusDays(random.nextInt(15));
                        LocalDate withdrawnOn = null;
                        if (random.nextInt(100) < 10) {
                            // in the middle of the cohort: between its 13th and 36th lesson
                            LocalDate candidate = plan.get(12 + random.nextInt(24)).date();
                            if (candidate.isBefore(today)) {
                                withdrawnOn = candidate;
                            }
                        }
                        long learnerId = ++ids.learner;
                        learnerInsert.setLong(1, learnerId);
                        learnerInsert.setLong(2, org.id());
                        learnerInsert.setString(3, code);
                        learnerInsert.setString(4, name);
                        learnerInsert.setString(5, original);
                        learnerInsert.setString(6, LANGUAGES[lang]);
                        learnerInsert.setDate(7, Date.valueOf(LocalDate.of(1960 + random.nextInt(47),
                                1 + random.nextInt(12), 1 + random.nextInt(28))));
                        learnerInsert.setDate(8, Date.valueOf(enrolledOn));
                        learnerInsert.setTimestamp(9, Timestamp.valueOf(enrolledOn.atTime(11, random.nextInt(60))));
                        learnerInsert.addBatch();
                        learners++;
                        members.add(new Enrollment(++ids.enrollment, learnerId, name, LANGUAGES[lang], enrolledOn,
                                withdrawnOn));
                    }
                    for (Enrollment e : members) {
                        String status = "ENROLLED";
                        if (e.withdrawnOn() != null) {
                            status = "WITHDRAWN";
                            withdrawn++;
                        } else if (done && random.nextInt(100) < 65) {
                            status = "GRADUATED";
                            graduated++;
                            issues.add(new Issue(e.id(), e.learnerName(), e.language(), course.title(), lastDay));
                        }
                        enrollmentInsert.setLong(1, e.id());
                        enrollmentInsert.setLong(2, cohortId);
                        enrollmentInsert.setLong(3, e.learnerId());
                        enrollmentInsert.setString(4, status);
                        enrollmentInsert.setDate(5, Date.valueOf(e.enrolledOn()));
                        enrollmentInsert.setDate(6, e.withdrawnOn() == null ? null : Date.valueOf(e.withdrawnOn()));
                        enrollmentInsert.setString(7, e.withdrawnOn() == null ? null
                                : WITHDRAWAL_REASONS[random.nextInt(WITHDRAWAL_REASONS.length)]);
                        enrollmentInsert.addBatch();
                        enrollments++;
                    }

                    // attendance: every held lesson, every learner enrolled that day
                    for (Lesson l : plan) {
                        if (!l.state().equals("HELD")) {
                            continue;
                        }
                        for (Enrollment e : members) {
                            if (l.date().isBefore(e.enrolledOn())
                                    || (e.withdrawnOn() != null && !l.date().isBefore(e.withdrawnOn()))) {
                                continue;
                            }
                            int roll = random.nextInt(100);
                            int mark = roll < 80 ? 0 : roll < 88 ? 1 : roll < 95 ? 2 : 3;
                            MARK_COUNTS[mark]++;
                            recordInsert.setLong(1, ++ids.record);
                            recordInsert.setLong(2, l.id());
                            recordInsert.setLong(3, e.id());
                            recordInsert.setString(4, mark == 0 ? "PRESENT" : mark == 1 ? "LATE" : mark == 2
                                    ? "ABSENT" : "EXCUSED");
                            recordInsert.setString(5, org.coordinator());
                            recordInsert.setTimestamp(6, Timestamp.valueOf(l.date().atTime(end)
                                    .plusMinutes(random.nextInt(90))));
                            recordInsert.addBatch();
                            records++;
                            pendingRecords++;
                        }
                    }
                    if (pendingRecords >= BATCH) {
                        // parents first: the foreign keys are checked row by row
                        cohortInsert.executeBatch();
                        lessonInsert.executeBatch();
                        learnerInsert.executeBatch();
                        enrollmentInsert.executeBatch();
                        recordInsert.executeBatch();
                        pendingRecords = 0;
                    }
                }
            }
            cohortInsert.executeBatch();
            lessonInsert.executeBatch();
            learnerInsert.executeBatch();
            enrollmentInsert.executeBatch();
            recordInsert.executeBatch();
        } finally {
            cohortInsert.close();
            lessonInsert.close();
            learnerInsert.close();
            enrollmentInsert.close();
            recordInsert.close();
        }

        // certificates: issued the day the cohort finished, numbered per organisation and year in that order
        issues.sort(Comparator.comparing(Issue::on).thenComparingLong(Issue::enrollmentId));
        int serialYear = 0;
        int serialNumber = 0;
        try (PreparedStatement ps = db.prepareStatement("insert into certificate (id, organisation_id, enrollment_id,"
                + " serial, serial_year, serial_number, verification_code, status, learner_name, course_title,"
                + " organisation_name, issued_on, issued_at, issued_by, template_key, template_version,"
                + " second_language, pdf, pdf_sha256, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, ?, ?, ?, ?, 'ffit-basis', 1, ?, ?, ?, 0)")) {
            int n = 0;
            for (Issue issue : issues) {
                int year = issue.on().getYear();
                serialNumber = year == serialYear ? serialNumber + 1 : 1;
                serialYear = year;
                String serial = String.format("FFIT-%04d-%06d", year, serialNumber);
                String code;
                do {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < 24; k++) {
                        b.append(VERIFY_ALPHABET.charAt(random.nextInt(VERIFY_ALPHABET.length())));
                    }
                    code = b.toString();
                } while (!verificationCodes.add(code));
                byte[] pdf = ("%PDF-bench " + org.id() + " " + serial).getBytes(StandardCharsets.US_ASCII);
                ps.setLong(1, ++ids.certificate);
                ps.setLong(2, org.id());
                ps.setLong(3, issue.enrollmentId());
                ps.setString(4, serial);
                ps.setInt(5, year);
                ps.setInt(6, serialNumber);
                ps.setString(7, code);
                ps.setString(8, issue.learnerName());
                ps.setString(9, issue.courseTitle());
                ps.setString(10, org.name());
                ps.setDate(11, Date.valueOf(issue.on()));
                ps.setTimestamp(12, Timestamp.valueOf(issue.on().atTime(15, 0).plusSeconds(n++)));
                ps.setString(13, org.coordinator());
                ps.setString(14, issue.language().equals("de") ? null : issue.language());
                ps.setBytes(15, pdf);
                ps.setString(16, sha256(pdf));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("update organisation set certificate_year = ?,"
                + " certificate_last = ? where id = ?")) {
            ps.setInt(1, serialYear);
            ps.setInt(2, serialNumber);
            ps.setLong(3, org.id());
            ps.executeUpdate();
        }
    }

    static int weighted(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < LANGUAGE_WEIGHTS.length; i++) {
            roll -= LANGUAGE_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return LANGUAGE_WEIGHTS.length - 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- bench

    static void bench(String[] args) throws Exception {
        if (args.length != 5 && args.length != 11) {
            System.err.println("usage: java src/bench/ImpactData.java bench BASE_URL ADMIN_PASSWORD DATA_FILE FROM TO"
                    + " [API_WARMUP API_REQUESTS PAGE_WARMUP PAGE_REQUESTS ADMIN_WARMUP ADMIN_REQUESTS]");
            System.exit(2);
        }
        String base = loopback(args[0]);
        String admin = auth("admin", args[1]);
        Properties data = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[2]))) {
            data.load(in);
        }
        LocalDate from = LocalDate.parse(args[3]);
        LocalDate to = LocalDate.parse(args[4]);
        int[] n = args.length == 11 ? Arrays.stream(args, 5, 11).mapToInt(Integer::parseInt).toArray()
                : new int[] {200, 500, 50, 200, 20, 100};
        String user = data.getProperty("org_1_coordinator");
        String password = data.getProperty("password");
        String coordinator = auth(user, password);
        String query = "from=" + from + "&to=" + to;
        String api = base + "/api/reports/impact?" + query;
        String page = base + "/reports/impact.xhtml?" + query;

        HttpResponse<String> first = get(HTTP, api, coordinator);
        System.out.printf("organisation 1 (id %s, coordinator %s), %s..%s%n", data.getProperty("org_1_id"), user,
                from, to);
        System.out.println("GET /api/reports/impact?" + query + " -> " + first.statusCode() + ", "
                + first.body().length() + " characters: " + abbreviate(first.body(), 600));
        checkApi(first);
        System.out.println("  the report's figures: " + figures(first.body()));

        boolean pass = true;
        long[] apiTimes = measure(n[0], n[1], () -> checkApi(get(HTTP, api, coordinator)));
        pass &= report("coordinator GET /api/reports/impact", n[0], apiTimes, true);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        signIn(browser, base, user, password);
        HttpResponse<String> firstPage = get(browser, page, null);
        System.out.println("GET /reports/impact.xhtml?" + query + " -> " + firstPage.statusCode() + ", "
                + firstPage.body().length() + " characters");
        checkPage(firstPage);
        String participants = topLevel(first.body(), "participants");
        Matcher shown = Pattern.compile("id=\"participants\"[^>]*>\\s*([^<]*?)\\s*<").matcher(firstPage.body());
        String onPage = shown.find() ? shown.group(1) : "(none)";
        System.out.println("  participants on the page: " + onPage + (onPage.equals(participants)
                ? ", as in the API's answer" : ", the API's answer says " + participants));
        long[] pageTimes = measure(n[2], n[3], () -> checkPage(get(browser, page, null)));
        pass &= report("coordinator page /reports/impact.xhtml", n[2], pageTimes, true);

        HttpResponse<String> all = get(HTTP, api, admin);
        System.out.println("admin GET /api/reports/impact?" + query + " -> " + all.statusCode() + ", "
                + all.body().length() + " characters");
        checkApi(all);
        System.out.println("  the report's figures: " + figures(all.body()));
        long[] adminTimes = measure(n[4], n[5], () -> checkApi(get(HTTP, api, admin)));
        report("admin GET /api/reports/impact (all organisations)", n[4], adminTimes, false);
        System.out.println(pass ? "impact report: PASS (p95 < 1 s for the API and the page)"
                : "impact report: MISS (p95 >= 1 s for the API or the page)");
    }

    interface Request {
        void run() throws Exception;
    }

    static long[] measure(int warmup, int requests, Request request) throws Exception {
        long[] nanos = new long[requests];
        for (int i = 0; i < warmup + requests; i++) {
            long start = System.nanoTime();
            request.run();
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static boolean report(String what, int warmup, long[] sorted, boolean judged) {
        boolean pass = ms(sorted, 0.95) < 1000;
        System.out.printf("%s: %d requests after %d warm-up, one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%s%n", what, sorted.length, warmup, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                judged ? (pass ? " -> PASS (p95 < 1 s)" : " -> MISS (p95 >= 1 s)") : " (for information)");
        return pass;
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    static void checkApi(HttpResponse<String> response) {
        if (response.statusCode() != 200 || !response.body().contains("\"participants\"")) {
            throw new IllegalStateException("GET " + response.uri() + " -> " + response.statusCode() + " "
                    + abbreviate(response.body(), 300));
        }
    }

    /** a 200 with the report's key figures, not the sign-in form */
    static void checkPage(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("signIn:password")
                || !response.body().contains("id=\"participants\"")) {
            throw new IllegalStateException("GET " + response.uri() + " -> " + response.statusCode()
                    + (response.statusCode() != 200 ? " " + abbreviate(response.body(), 300)
                    : response.body().contains("signIn:password") ? " (the sign-in form)" : " (no key figures)"));
        }
    }

    /** the figures of the whole report: the top level of the JSON answer */
    static String figures(String json) {
        StringBuilder s = new StringBuilder();
        for (String key : List.of("participants", "graduates", "certificates", "completionRate",
                "averageAttendance", "withdrawals")) {
            s.append(s.isEmpty() ? "" : ", ").append(key).append(' ').append(topLevel(json, key));
        }
        return s.toString();
    }

    /** the value of a key of the outermost object of a JSON text (numbers, null, true/false), or "?" */
    static String topLevel(String json, String key) {
        int depth = 0;
        boolean inString = false;
        String wanted = "\"" + key + "\"";
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                depth--;
            } else if (ch == '"') {
                if (depth == 1 && json.startsWith(wanted, i)) {
                    int colon = json.indexOf(':', i + wanted.length());
                    int end = colon + 1;
                    while (end < json.length() && ",}]".indexOf(json.charAt(end)) < 0) {
                        end++;
                    }
                    return json.substring(colon + 1, end).trim();
                }
                inString = true;
            }
        }
        return "?";
    }

    static HttpResponse<String> get(HttpClient client, String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "de");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void signIn(HttpClient browser, String base, String user, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + enc(user) + "&signIn%3Apassword=" + enc(password)
                + "&signIn%3Asubmit=x&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + " …";
    }

    // -------------------------------------------------------------------------------------------------- time

    static void time(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java -cp mariadb-java-client.jar src/bench/ImpactData.java time JDBC_URL"
                    + " DB_USER DB_PASSWORD STATEMENTS_FILE RUNS SLOWEST_FILE");
            System.exit(2);
        }
        if (!args[0].startsWith("jdbc:mariadb://127.0.0.1:") && !args[0].startsWith("jdbc:mariadb://127.0.0.1/")) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1: " + args[0]);
        }
        List<String> statements = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        int runs = Integer.parseInt(args[4]);
        String slowest = null;
        double slowestMean = -1;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement s = db.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                long rows = drain(s, sql);
                long total = 0;
                long max = 0;
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    drain(s, sql);
                    long took = System.nanoTime() - start;
                    total += took;
                    max = Math.max(max, took);
                }
                double mean = total / 1e6 / runs;
                System.out.printf("#%-2d mean %8.2f ms, slowest %8.2f ms, %5d rows: %s%n", i + 1, mean, max / 1e6,
                        rows, abbreviate(sql, 160));
                if (mean > slowestMean) {
                    slowestMean = mean;
                    slowest = sql;
                }
            }
        }
        if (slowest != null) {
            Files.writeString(Path.of(args[5]), slowest + "\n");
            System.out.printf("slowest: #%d, %.2f ms on average over %d runs%n", statements.indexOf(slowest) + 1,
                    slowestMean, runs);
        }
    }

    static long drain(Statement s, String sql) throws SQLException {
        long rows = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    // ----------------------------------------------------------------------------------------------- helpers

    static String loopback(String base) {
        if (!"127.0.0.1".equals(URI.create(base).getHost())) {
            throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1");
        }
        return base;
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String call(String base, String auth, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
