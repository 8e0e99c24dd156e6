import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The Integreat guide-catalogue import against a fake Integreat on loopback, in two parts:
 *
 * <pre>
 * java src/bench/GuideBench.java serve PORT [PAGES] [PARENT_PID]
 * </pre>
 * A stand-in for Integreat's public API v3 on 127.0.0.1:PORT, shaped like the fixtures in
 * src/test/resources/integreat/: {@code /api/v3/regions/}, {@code /api/v3/bench/languages/} (8 languages: de, en,
 * ar, fa, uk, tr, ru, ckb; ar, fa and ckb right to left) and {@code /api/v3/bench/{lang}/pages/} (PAGES pages,
 * default 2,000, each in all 8 languages: a tree of 40 root pages, 4 levels deep, raw UTF-8 slugs in Arabic,
 * Persian, Kurdish and Cyrillic script, 2 to 6 KB of HTML each). Every answer is made once, as bytes, before the
 * server answers, so the server is never the bottleneck. Data set 1 is the region as first imported; data set 2
 * is the same region later: every page whose number ends in 3 (10 %) has a new title and last_updated in all its
 * languages, and 1 % of the pages (every 80th, all leaves) are gone in all their languages. Ids are
 * (language number) * 100,000 + page number + 1, never 0 (a root's parent is {"id": 0}). Control, from 127.0.0.1:
 * {@code POST /bench/next} switches to data set 2, {@code POST /bench/reset} back to 1, {@code GET /bench/stats}
 * tells the data set, its expected counts, requests and bytes served. It stops by itself when PARENT_PID ends, and
 * after an hour in any case.
 *
 * <pre>
 * java src/bench/GuideBench.java run BASE_URL INTEGREAT_URL APP_PID [GC_LOG]
 * </pre>
 * Drives the app on BASE_URL (admin / bench-admin-1234): gives the admin's organisation the region "bench" through
 * {@code PUT /api/organisations/{id}} when it has another, then imports three times through
 * {@code POST /api/guide-catalogue/import}, polling {@code GET /api/guide-catalogue/import} every 100 ms until the
 * state is no longer RUNNING (at most 180 s a run): 1 the first import (all added), 2 again with nothing changed
 * (all unchanged), 3 after switching the fake Integreat to data set 2 (10 % changed, 1 % vanished). Meanwhile it
 * samples the app's heap with jstat every 100 ms and reads the GC log (GC_LOG, written by the app's
 * {@code -Xlog:gc}) for the heap before and after each collection. Prints for each run the wall time from POST to
 * finished, the counts the app reports (checked against what the fake served), the peak heap against the app's
 * -Xmx, the app's resident memory (VmHWM) and the bytes served, and PASS or MISS against 30 s. Exit code 0 when
 * every run finished (PASS or MISS), 1 when an import failed or did not finish.
 */
public class GuideBench {

    static final String REGION = "bench";
    static final double TARGET_SECONDS = 30;
    static final long RUN_LIMIT_MS = 180_000;
    static final long POLL_MS = 100;
    static final int ROOTS = 40;
    static final int CHILDREN = 5;

    // ---- the fake Integreat -----------------------------------------------------------------------------------

    /** One language of the fake region, with its words (12 topics and 6 kinds of page, parallel in every language). */
    record Lang(int id, String code, String bcp47, String nativeName, boolean rtl, boolean asciiSlugs,
            String[] topics, String[] kinds, String[] sentences, String updated) {
    }

    static final List<Lang> LANGS = List.of(
            new Lang(1, "de", "de-DE", "Deutsch", false, true,
                    new String[] {"Wohnung finden", "Deutschkurse", "Arztbesuch", "Arbeitserlaubnis",
                            "Schule und Kita", "Bankkonto eröffnen", "Sicher im Internet", "E-Mails schreiben",
                            "Bus und Bahn", "Anmeldung beim Bürgeramt", "Beratungsstellen", "Bewerbung schreiben"},
                    new String[] {"Überblick", "Schritt für Schritt", "Häufige Fragen", "Checkliste", "Kontakte",
                            "Tipps"},
                    new String[] {"Hier finden Sie wichtige Informationen für Ihre ersten Wochen in der Stadt.",
                            "Bringen Sie zu jedem Termin Ihren Ausweis und alle Briefe vom Amt mit.",
                            "Die Beratung ist kostenlos und auf Wunsch mit Dolmetscherin oder Dolmetscher möglich.",
                            "Viele Formulare können Sie inzwischen auch online ausfüllen und abschicken.",
                            "Wenn Sie unsicher sind, fragen Sie im Integrationsbüro nach, dort hilft man Ihnen gern "
                                    + "weiter.",
                            "Die Öffnungszeiten können sich in den Ferien ändern, bitte rufen Sie vorher an."},
                    "aktualisiert"),
            new Lang(2, "en", "en-US", "English", false, true,
                    new String[] {"Finding a home", "Language courses", "Seeing a doctor", "Work permit",
                            "School and day care", "Opening a bank account", "Staying safe online",
                            "Writing emails", "Buses and trains", "Registering your address",
                            "Counselling services", "Applying for a job"},
                    new String[] {"Overview", "Step by step", "Frequently asked questions", "Checklist", "Contacts",
                            "Tips"},
                    new String[] {"Here you will find important information for your first weeks in the city.",
                            "Bring your ID and all letters from the authorities to every appointment.",
                            "Counselling is free of charge and an interpreter can be arranged on request.",
                            "Many forms can now also be filled in and sent online.",
                            "If you are unsure, ask at the integration office, where staff will be glad to help.",
                            "Opening hours may change during the holidays, so please call ahead."},
                    "updated"),
            new Lang(3, "ar", "ar-MA", "العربية", true, false,
                    new String[] {"البحث عن سكن", "دورات اللغة الألمانية", "زيارة الطبيب", "تصريح العمل",
                            "المدرسة والحضانة", "فتح حساب بنكي", "الأمان على الإنترنت", "كتابة البريد الإلكتروني",
                            "الحافلات والقطارات", "تسجيل السكن", "مراكز الاستشارة", "التقدم لوظيفة"},
                    new String[] {"نظرة عامة", "خطوة بخطوة", "أسئلة شائعة", "قائمة مرجعية", "جهات الاتصال", "نصائح"},
                    new String[] {"هنا تجد معلومات مهمة لأسابيعك الأولى في المدينة.",
                            "أحضر بطاقة هويتك وجميع الرسائل من الدوائر الرسمية إلى كل موعد.",
                            "الاستشارة مجانية ويمكن توفير مترجم عند الطلب.",
                            "يمكنك الآن تعبئة كثير من الاستمارات وإرسالها عبر الإنترنت.",
                            "إذا لم تكن متأكداً، اسأل في مكتب الاندماج، فهم يساعدونك بكل سرور.",
                            "قد تتغير مواعيد العمل خلال العطل، لذا يرجى الاتصال مسبقاً."},
                    "محدّث"),
            new Lang(4, "fa", "fa-IR", "فارسی", true, false,
                    new String[] {"پیدا کردن خانه", "کلاس‌های زبان آلمانی", "مراجعه به پزشک", "اجازه کار",
                            "مدرسه و مهدکودک", "افتتاح حساب بانکی", "امنیت در اینترنت", "نوشتن ایمیل",
                            "اتوبوس و قطار", "ثبت محل سکونت", "مراکز مشاوره", "درخواست کار"},
                    new String[] {"نگاه کلی", "گام به گام", "پرسش‌های رایج", "فهرست بررسی", "اطلاعات تماس",
                            "نکته‌ها"},
                    new String[] {"در اینجا اطلاعات مهمی برای نخستین هفته‌های شما در شهر پیدا می‌کنید.",
                            "کارت شناسایی و همه نامه‌های اداری را به هر قرار ملاقات همراه داشته باشید.",
                            "مشاوره رایگان است و در صورت درخواست مترجم هم فراهم می‌شود.",
                            "بسیاری از فرم‌ها را اکنون می‌توانید به صورت آنلاین پر کنید و بفرستید.",
                            "اگر مطمئن نیستید، از دفتر ادغام بپرسید؛ آنجا با کمال میل به شما کمک می‌کنند.",
                            "ساعات کاری ممکن است در تعطیلات تغییر کند، لطفاً پیش از رفتن تماس بگیرید."},
                    "به‌روز شده"),
            new Lang(5, "uk", "uk-UA", "Українська", false, false,
                    new String[] {"Пошук житла", "Курси німецької мови", "Візит до лікаря", "Дозвіл на роботу",
                            "Школа і дитсадок", "Відкриття банківського рахунку", "Безпека в інтернеті",
                            "Написання електронних листів", "Автобуси й потяги", "Реєстрація місця проживання",
                            "Консультаційні центри", "Пошук роботи"},
                    new String[] {"Огляд", "Крок за кроком", "Часті запитання", "Контрольний список", "Контакти",
                            "Поради"},
                    new String[] {"Тут ви знайдете важливу інформацію для перших тижнів у місті.",
                            "Беріть на кожну зустріч посвідчення особи та всі листи від установ.",
                            "Консультація безкоштовна, за бажанням можна отримати перекладача.",
                            "Багато форм тепер можна заповнити й надіслати онлайн.",
                            "Якщо ви не впевнені, запитайте в бюро з інтеграції — там вам охоче допоможуть.",
                            "Під час канікул години роботи можуть змінюватися, тож зателефонуйте заздалегідь."},
                    "оновлено"),
            new Lang(6, "tr", "tr-TR", "Türkçe", false, true,
                    new String[] {"Ev bulmak", "Almanca kursları", "Doktora gitmek", "Çalışma izni",
                            "Okul ve kreş", "Banka hesabı açmak", "İnternette güvenlik", "E-posta yazmak",
                            "Otobüs ve tren", "İkamet kaydı", "Danışma merkezleri", "İş başvurusu"},
                    new String[] {"Genel bakış", "Adım adım", "Sık sorulan sorular", "Kontrol listesi", "İletişim",
                            "İpuçları"},
                    new String[] {"Burada şehirdeki ilk haftalarınız için önemli bilgiler bulabilirsiniz.",
                            "Her randevuya kimliğinizi ve resmi dairelerden gelen tüm mektupları getirin.",
                            "Danışmanlık ücretsizdir ve istenirse tercüman sağlanabilir.",
                            "Birçok formu artık internet üzerinden doldurup gönderebilirsiniz.",
                            "Emin değilseniz entegrasyon bürosuna sorun, size memnuniyetle yardımcı olurlar.",
                            "Tatil dönemlerinde çalışma saatleri değişebilir, lütfen önceden arayın."},
                    "güncellendi"),
            new Lang(7, "ru", "ru-RU", "Русский", false, false,
                    new String[] {"Поиск жилья", "Курсы немецкого языка", "Визит к врачу", "Разрешение на работу",
                            "Школа и детский сад", "Открытие банковского счёта", "Безопасность в интернете",
                            "Написание электронных писем", "Автобусы и поезда", "Регистрация по месту жительства",
                            "Консультационные центры", "Поиск работы"},
                    new String[] {"Обзор", "Шаг за шагом", "Частые вопросы", "Контрольный список", "Контакты",
                            "Советы"},
                    new String[] {"Здесь вы найдёте важную информацию для первых недель в городе.",
                            "Берите на каждую встречу удостоверение личности и все письма от ведомств.",
                            "Консультация бесплатная, по желанию можно пригласить переводчика.",
                            "Многие формы теперь можно заполнить и отправить онлайн.",
                            "Если вы не уверены, спросите в бюро по интеграции — там вам охотно помогут.",
                            "Во время каникул часы работы могут меняться, поэтому позвоните заранее."},
                    "обновлено"),
            new Lang(8, "ckb", "ckb-IR", "کوردی", true, false,
                    new String[] {"دۆزینەوەی خانوو", "خولی زمانی ئەڵمانی", "سەردانی پزیشک", "مۆڵەتی کار",
                            "قوتابخانە و باخچەی ساوایان", "کردنەوەی هەژماری بانکی", "ئاسایش لە ئینتەرنێت",
                            "نووسینی ئیمەیڵ", "پاس و شەمەندەفەر", "تۆمارکردنی شوێنی نیشتەجێبوون",
                            "ناوەندەکانی ڕاوێژکاری", "داواکاری کار"},
                    new String[] {"تێڕوانینی گشتی", "هەنگاو بە هەنگاو", "پرسیارە باوەکان", "لیستی پشکنین",
                            "پەیوەندییەکان", "ئامۆژگارییەکان"},
                    new String[] {"لێرەدا زانیاریی گرنگ بۆ یەکەم هەفتەکانت لە شارەکەدا دەدۆزیتەوە.",
                            "ناسنامەکەت و هەموو نامەکانی فەرمانگەکان لەگەڵ خۆت بهێنە بۆ هەر چاوپێکەوتنێک.",
                            "ڕاوێژکاری بەخۆڕاییە و بە داواکاری وەرگێڕیش دابین دەکرێت.",
                            "ئێستا دەتوانیت زۆربەی فۆرمەکان بە شێوەی ئۆنلاین پڕ بکەیتەوە و بینێریت.",
                            "ئەگەر دڵنیا نیت، لە نووسینگەی تێکەڵبوون بپرسە، بە خۆشحاڵییەوە یارمەتیت دەدەن.",
                            "لە ماوەی پشووەکاندا کاتەکانی کارکردن لەوانەیە بگۆڕدرێن، تکایە پێشتر پەیوەندی بکە."},
                    "نوێکراوە"));

    /** What a data set holds: the answers as bytes, and the counts an import of it should report. */
    record DataSet(int number, Map<String, byte[]> answers, int pages, int changedPages, int removedPages) {
    }

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** a page's parent, or -1 for the 40 roots: 5 children each, 4 levels for 2,000 pages */
    static int parent(int n) {
        return n < ROOTS ? -1 : (n - ROOTS) / CHILDREN;
    }

    /** changed in data set 2: every page whose number ends in 3 (10 %) */
    static boolean changed(int n) {
        return n % 10 == 3;
    }

    /** gone in data set 2: 1 % of the pages (every 80th), all of them leaves, so no page loses its parent */
    static boolean removed(int n, int pages) {
        int firstLeaf = (pages - 1 - ROOTS) / CHILDREN + 1;
        return n >= Math.max(firstLeaf, ROOTS) && n % 80 == 17;
    }

    static String slug(Lang lang, String text, int n) {
        String s = text.toLowerCase(Locale.ROOT).replace("\u200c", "");
        if (lang.asciiSlugs()) {
            s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ı", "i")
                    .replace("i\u0307", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g");
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            boolean keep = lang.asciiSlugs() ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (keep) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
        return out.append(n).toString();
    }

    /** Makes data set 1 or 2 with PAGES pages in every language; the same pages and texts every time. */
    static DataSet dataSet(int number, int pages) {
        int languages = LANGS.size();
        // per page and language: slug, title, path; computed once, shared by the languages' available_languages
        String[][] title = new String[languages][pages];
        String[][] path = new String[languages][pages];
        for (int l = 0; l < languages; l++) {
            Lang lang = LANGS.get(l);
            for (int n = 0; n < pages; n++) {
                String base = lang.topics()[n % lang.topics().length] + ": "
                        + lang.kinds()[(n / lang.topics().length) % lang.kinds().length];
                title[l][n] = base + " " + (n + 1);
                String parentPath = parent(n) < 0 ? "/" + REGION + "/" + lang.code() + "/" : path[l][parent(n)];
                path[l][n] = parentPath + slug(lang, base, n + 1) + "/";
            }
        }
        Map<String, byte[]> answers = new LinkedHashMap<>();
        answers.put("/api/v3/regions/", regions());
        answers.put("/api/v3/" + REGION + "/languages/", languages());
        List<byte[]> lists = IntStream.range(0, languages).parallel()
                .mapToObj(l -> pages(number, l, pages, title, path)).toList();
        for (int l = 0; l < languages; l++) {
            answers.put("/api/v3/" + REGION + "/" + LANGS.get(l).code() + "/pages/", lists.get(l));
        }
        int changed = 0;
        int removed = 0;
        for (int n = 0; n < pages; n++) {
            if (removed(n, pages)) {
                removed++;
            } else if (changed(n)) {
                changed++;
            }
        }
        return new DataSet(number, answers, pages, changed, removed);
    }

    static long id(int l, int n) {
        return (l + 1) * 100_000L + n + 1;
    }

    static String url(String path) {
        return "https://integreat.app" + path.substring(0, path.length() - 1);
    }

    static byte[] pages(int number, int l, int pages, String[][] title, String[][] path) {
        Lang lang = LANGS.get(l);
        StringBuilder json = new StringBuilder(pages * 5_000);
        json.append('[');
        boolean first = true;
        for (int n = 0; n < pages; n++) {
            boolean second = number == 2;
            if (second && removed(n, pages)) {
                continue;
            }
            boolean newer = second && changed(n);
            Random random = new Random(n * 31L + l);
            // last edited some time in the year before March 2026, in Berlin time (+01:00 or +02:00)
            ZonedDateTime updated = ZonedDateTime.of(2025, 3, 1, 8, 0, 0, 0, BERLIN)
                    .plusMinutes(random.nextInt(365 * 24 * 60));
            if (n % 7 == 0) {
                updated = updated.plusNanos(random.nextInt(1_000_000) * 1_000L);
            }
            String pageTitle = title[l][n];
            if (newer) {
                updated = ZonedDateTime.of(2026, 4, 2, 9, 30, 0, 0, BERLIN).plusMinutes(n);
                pageTitle = pageTitle + " (" + lang.updated() + ")";
            }
            String content = content(lang, l, n, pages, pageTitle, newer, random, path);
            String excerpt = excerpt(content);
            if (!first) {
                json.append(",\n");
            }
            first = false;
            json.append("{\"id\": ").append(id(l, n));
            json.append(", \"url\": ").append(quote(url(path[l][n])));
            json.append(", \"path\": ").append(quote(path[l][n]));
            json.append(", \"title\": ").append(quote(pageTitle));
            json.append(", \"modified_gmt\": ").append(quote(GMT.format(updated.withZoneSameInstant(ZoneOffset.UTC)
                    .plusSeconds(random.nextInt(60)))));
            json.append(", \"last_updated\": ").append(quote(updated.toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            json.append(", \"excerpt\": ").append(quote(excerpt));
            json.append(", \"content\": ").append(quote(content));
            int p = parent(n);
            if (p < 0) {
                json.append(", \"parent\": {\"id\": 0, \"url\": null, \"path\": null}");
            } else {
                json.append(", \"parent\": {\"id\": ").append(id(l, p)).append(", \"url\": ")
                        .append(quote(url(path[l][p]))).append(", \"path\": ").append(quote(path[l][p])).append('}');
            }
            json.append(", \"order\": ").append(p < 0 ? n + 1 : (n - ROOTS) % CHILDREN + 1);
            json.append(", \"available_languages\": {");
            boolean firstOther = true;
            for (int o = 0; o < LANGS.size(); o++) {
                if (o == l) {
                    continue;
                }
                if (!firstOther) {
                    json.append(", ");
                }
                firstOther = false;
                json.append(quote(LANGS.get(o).code())).append(": {\"id\": ").append(id(o, n)).append(", \"url\": ")
                        .append(quote(url(path[o][n]))).append(", \"path\": ").append(quote(path[o][n])).append('}');
            }
            json.append('}');
            json.append(", \"thumbnail\": null");
            json.append(", \"hash\": ").append(quote(hash(pageTitle + '\n' + content)));
            json.append(", \"organization\": null}");
        }
        json.append("]\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 2 to 6 KB of HTML as Integreat's pages have it: headings, paragraphs, lists, links to other pages */
    static String content(Lang lang, int l, int n, int pages, String title, boolean newer, Random random,
            String[][] path) {
        int target = 2_000 + random.nextInt(3_600);
        String[] s = lang.sentences();
        StringBuilder html = new StringBuilder(target + 600);
        html.append("<p>").append(s[n % s.length]).append(' ').append(s[(n + 1) % s.length]).append("</p>\n");
        int bytes = 0;
        int part = 0;
        while (bytes < target) {
            int start = html.length();
            switch ((n + part) % 4) {
                case 0 -> html.append("<h2>").append(lang.kinds()[(n + part) % lang.kinds().length]).append("</h2>\n");
                case 1 -> {
                    html.append("<ul>\n");
                    for (int i = 0; i < 3 + random.nextInt(3); i++) {
                        html.append("<li>").append(s[random.nextInt(s.length)]).append("</li>\n");
                    }
                    html.append("</ul>\n");
                }
                case 2 -> {
                    int other = random.nextInt(pages);
                    html.append("<p>").append(s[random.nextInt(s.length)]).append(" <a href=\"")
                            .append(url(path[l][other])).append("\">").append(lang.topics()[other % 12])
                            .append("</a></p>\n");
                }
                default -> {
                    int phone = 1000 + random.nextInt(9000);
                    html.append("<p><strong>").append(s[random.nextInt(s.length)]).append("</strong> ")
                            .append(s[random.nextInt(s.length)]).append(' ').append(s[random.nextInt(s.length)])
                            .append(" <a href=\"tel:+49821324").append(phone).append("\">+49 821 324 ").append(phone)
                            .append("</a></p>\n");
                }
            }
            bytes += html.substring(start).getBytes(StandardCharsets.UTF_8).length;
            part++;
        }
        if (newer) {
            html.append("<p><em>").append(title).append("</em></p>\n");
        }
        return html.toString();
    }

    static String excerpt(String html) {
        String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        if (text.length() <= 150) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 150);
        return text.substring(0, cut > 100 ? cut : 150) + " ...";
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] regions() {
        return ("[\n"
                + "  {\"id\": 1, \"name\": \"Stadt Augsburg\", \"path\": \"augsburg\", \"live\": true, \"prefix\": "
                + "\"Stadt\", \"name_without_prefix\": \"Augsburg\", \"plz\": \"86150\", \"extras\": true, \"events\": "
                + "true, \"latitude\": 48.369696, \"longitude\": 10.892578, \"aliases\": null},\n"
                + "  {\"id\": 77, \"name\": \"Stadt Benchhausen\", \"path\": \"" + REGION + "\", \"live\": true, "
                + "\"prefix\": \"Stadt\", \"name_without_prefix\": \"Benchhausen\", \"plz\": \"99998\", \"extras\": "
                + "false, \"events\": false, \"latitude\": 48.1, \"longitude\": 11.5, \"aliases\": {}},\n"
                + "  {\"id\": 2, \"name\": \"Landkreis Testhausen\", \"path\": \"testhausen\", \"live\": false, "
                + "\"prefix\": \"Landkreis\", \"name_without_prefix\": \"Testhausen\", \"plz\": \"99999\", \"extras\": "
                + "false, \"events\": false, \"latitude\": null, \"longitude\": null, \"aliases\": {}}\n"
                + "]\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] languages() {
        StringBuilder json = new StringBuilder("[\n");
        for (Lang lang : LANGS) {
            json.append("  {\"id\": ").append(lang.id()).append(", \"code\": ").append(quote(lang.code()))
                    .append(", \"bcp47_tag\": ").append(quote(lang.bcp47())).append(", \"native_name\": ")
                    .append(quote(lang.nativeName())).append(", \"dir\": ")
                    .append(quote(lang.rtl() ? "RIGHT_TO_LEFT" : "LEFT_TO_RIGHT"))
                    .append(lang.id() < LANGS.size() ? "},\n" : "}\n");
        }
        return json.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** a JSON string: raw UTF-8, quotes, backslashes and control characters escaped */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static void serve(int port, int pages, long parentPid) throws Exception {
        // bound first, so that a port in use fails at once; it answers once the data is made
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        long made = System.nanoTime();
        DataSet[] sets = {dataSet(1, pages), dataSet(2, pages)};
        long total = sets[0].answers().values().stream().mapToLong(b -> b.length).sum();
        System.out.printf("fake Integreat: %d pages x %d languages, %.1f MB of answers per data set, made in %.1f s%n",
                pages, LANGS.size(), total / 1e6, (System.nanoTime() - made) / 1e9);
        int[] current = {0};
        AtomicLong bytes = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong pageLists = new AtomicLong();
        server.setExecutor(Executors.newFixedThreadPool(6));
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                    send(exchange, 403, "text/plain", "loopback only".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String method = exchange.getRequestMethod();
                String p = exchange.getRequestURI().getPath();
                if (p.startsWith("/bench/")) {
                    synchronized (current) {
                        if ("POST".equals(method) && p.equals("/bench/next")) {
                            current[0] = 1;
                        } else if ("POST".equals(method) && p.equals("/bench/reset")) {
                            current[0] = 0;
                        } else if (!("GET".equals(method) && p.equals("/bench/stats"))) {
                            send(exchange, 404, "text/plain", "no such control".getBytes(StandardCharsets.UTF_8));
                            return;
                        }
                        DataSet set = sets[current[0]];
                        String stats = "{\"dataSet\": " + set.number() + ", \"pages\": " + set.pages()
                                + ", \"languages\": " + LANGS.size() + ", \"changedPages\": "
                                + (set.number() == 2 ? set.changedPages() : 0) + ", \"removedPages\": "
                                + (set.number() == 2 ? set.removedPages() : 0) + ", \"requests\": " + requests.get()
                                + ", \"pageLists\": " + pageLists.get() + ", \"bytes\": " + bytes.get() + "}\n";
                        send(exchange, 200, "application/json", stats.getBytes(StandardCharsets.UTF_8));
                    }
                    return;
                }
                requests.incrementAndGet();
                if (!"GET".equals(method)) {
                    send(exchange, 405, "application/json",
                            "{\"detail\": \"Method not allowed\"}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (p.startsWith("/api/v3/") && !p.endsWith("/")) {
                    // as Django does (APPEND_SLASH)
                    exchange.getResponseHeaders().set("Location", p + "/");
                    send(exchange, 301, "text/html", new byte[0]);
                    return;
                }
                byte[] answer;
                synchronized (current) {
                    answer = sets[current[0]].answers().get(p);
                }
                if (answer == null) {
                    send(exchange, 404, "application/json",
                            "{\"error\": \"Not found\"}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (p.endsWith("/pages/")) {
                    pageLists.incrementAndGet();
                }
                send(exchange, 200, "application/json", answer);
                bytes.addAndGet(answer.length);
            } catch (IOException e) {
                System.err.println("fake Integreat: " + e);
            }
        });
        server.start();
        System.out.println("fake Integreat listening on http://127.0.0.1:" + port);
        long until = System.currentTimeMillis() + 3_600_000;
        while (System.currentTimeMillis() < until) {
            if (parentPid > 0 && ProcessHandle.of(parentPid).map(h -> !h.isAlive()).orElse(true)) {
                break;
            }
            Thread.sleep(500);
        }
        server.stop(0);
        System.out.printf("fake Integreat stopped: %d requests, %d page lists, %.1f MB served%n", requests.get(),
                pageLists.get(), bytes.get() / 1e6);
        System.exit(0);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    // ---- the driver ---------------------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:bench-admin-1234".getBytes(StandardCharsets.UTF_8));
    static String base;
    static String integreat;
    static long appPid;
    static Path gcLog;

    /** the import's state as GET /api/guide-catalogue/import tells it */
    record Status(String json) {
        String state() {
            return text("state");
        }

        String text(String field) {
            Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            return m.find() ? m.group(1) : null;
        }

        long number(String field) {
            Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        String error() {
            Matcher m = Pattern.compile("\"error\"\\s*:\\s*(\\{[^}]*\\})").matcher(json);
            return m.find() ? m.group(1) : null;
        }
    }

    /** heap figures of one run, in MB */
    static final class Heap {
        double sampledPeak;
        int samples;
        double beforeGcPeak;
        double afterGcPeak;
        int collections;
    }

    static void run(String[] args) throws Exception {
        base = args[1];
        integreat = args[2].replaceAll("/+$", "");
        appPid = jvm(Long.parseLong(args[3]));
        gcLog = args.length > 4 ? Path.of(args[4]) : null;
        for (String url : List.of(base, integreat)) {
            if (!"127.0.0.1".equals(URI.create(url).getHost())) {
                throw new IllegalArgumentException("benchmarks only talk to 127.0.0.1: " + url);
            }
        }
        String xmx = xmx();
        System.out.printf("app pid %d (%s), heap limit %s; fake Integreat at %s%n", appPid, command(), xmx, integreat);

        // the admin's organisation gets the region "bench"
        String accounts = call("GET", base + "/api/accounts", null, 200);
        Matcher admin = Pattern.compile("\\{[^{}]*\"username\"\\s*:\\s*\"admin\"[^{}]*\\}").matcher(accounts);
        if (!admin.find()) {
            throw new IllegalStateException("no account 'admin' in " + accounts);
        }
        long organisation = Long.parseLong(first(admin.group(), "\"organisationId\"\\s*:\\s*(\\d+)"));
        String org = call("GET", base + "/api/organisations/" + organisation, null, 200);
        String region = new Status(org).text("integreatRegion");
        if (!REGION.equals(region)) {
            String name = new Status(org).text("name");
            long version = new Status(org).number("version");
            call("PUT", base + "/api/organisations/" + organisation, "{\"name\": " + quote(name)
                    + ", \"integreatRegion\": \"" + REGION + "\", \"version\": " + version + "}", 200);
            System.out.printf("organisation %d (%s): region %s -> %s (PUT /api/organisations/%d)%n", organisation,
                    name, region, REGION, organisation);
        } else {
            System.out.printf("organisation %d: region already %s%n", organisation, REGION);
        }

        call("POST", integreat + "/bench/reset", "", 200);
        Status before = waitWhileRunning();
        System.out.printf("import state before the first run: %s%n", before.state());

        boolean ok = true;
        String[] names = {"first import", "nothing changed", "10 % changed, 1 % gone"};
        for (int r = 1; r <= 3 && ok; r++) {
            if (r == 3) {
                call("POST", integreat + "/bench/next", "", 200);
            }
            ok = measure(r, names[r - 1], xmx);
        }
        Status stats = new Status(call("GET", integreat + "/bench/stats", null, 200));
        System.out.printf("fake Integreat served %.1f MB in %d requests (%d page lists) over all runs%n",
                stats.number("bytes") / 1e6, stats.number("requests"), stats.number("pageLists"));
        System.exit(ok ? 0 : 1);
    }

    /** one import, measured; false when it failed or did not finish */
    static boolean measure(int run, String name, String xmx) throws Exception {
        Status server = new Status(call("GET", integreat + "/bench/stats", null, 200));
        long pages = server.number("pages");
        long languages = server.number("languages");
        long changedPages = server.number("changedPages");
        long removedPages = server.number("removedPages");
        Status previous = new Status(call("GET", base + "/api/guide-catalogue/import", null, 200));
        String previousStart = previous.text("startedAt");
        String previousFinish = previous.text("finishedAt");
        long gcFrom = gcLog != null && Files.exists(gcLog) ? Files.size(gcLog) : 0;
        Heap heap = new Heap();
        Process jstat = jstat(heap);

        long start = System.nanoTime();
        String accepted = call("POST", base + "/api/guide-catalogue/import", "", 202);
        Status status = new Status(accepted);
        long deadline = start + RUN_LIMIT_MS * 1_000_000;
        boolean sawRunning = false;
        while (true) {
            // finished: ended, and this run's (it was seen running, or its times differ from the run before)
            String state = status.state();
            sawRunning |= "RUNNING".equals(state);
            boolean ended = "IDLE".equals(state) || "FAILED".equals(state);
            if (ended && (sawRunning || !java.util.Objects.equals(status.text("startedAt"), previousStart)
                    || !java.util.Objects.equals(status.text("finishedAt"), previousFinish))) {
                break;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(POLL_MS);
            status = new Status(call("GET", base + "/api/guide-catalogue/import", null, 200));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(300);
        if (jstat != null) {
            jstat.destroy();
            jstat.waitFor(5, TimeUnit.SECONDS);
        }
        readGcLog(heap, gcFrom);
        Status after = new Status(call("GET", integreat + "/bench/stats", null, 200));

        String state = status.state();
        boolean finished = "IDLE".equals(state);
        System.out.printf("run %d (%s): %s after %.1f s (app's own startedAt to finishedAt: %s); %d pages, %d "
                        + "translations, %d languages; added %d, changed %d, unchanged %d, vanished %d%n", run, name,
                finished ? "finished" : "FAILED".equals(state) ? "FAILED" : "NOT FINISHED (" + state + ")", seconds,
                own(status), status.number("pages"), status.number("translations"), status.number("languages"),
                status.number("added"), status.number("changed"), status.number("unchanged"),
                status.number("vanished"));
        if (status.error() != null) {
            // the app keeps its last error after later successes
            System.out.printf("run %d %s: %s%n", run, finished ? "still reports an earlier error" : "error",
                    status.error());
        }
        long[] got = {status.number("added"), status.number("changed"), status.number("unchanged"),
                status.number("vanished")};
        long kept = pages - removedPages;
        long[] byPage = run == 1 ? new long[] {pages, 0, 0, 0}
                : run == 2 ? new long[] {0, 0, pages, 0}
                : new long[] {0, changedPages, kept - changedPages, removedPages};
        long[] byTranslation = java.util.Arrays.stream(byPage).map(v -> v * languages).toArray();
        if (finished) {
            System.out.printf("run %d counts: %s%n", run, java.util.Arrays.equals(got, byTranslation)
                    ? "as expected (counted by translation)" : java.util.Arrays.equals(got, byPage)
                    ? "as expected (counted by page)" : "UNEXPECTED: the fake served, as added/changed/unchanged/"
                    + "vanished, " + fmt(byPage) + " pages = " + fmt(byTranslation) + " translations");
        }
        System.out.printf("run %d memory: peak used heap %s, %s; heap limit %s; app resident memory now %s, peak "
                        + "since start (VmHWM) %s%n", run, heap.samples == 0 ? "not sampled (jstat gave nothing)"
                        : String.format("%.0f MB sampled by jstat every 100 ms (%d samples)", heap.sampledPeak,
                        heap.samples), heap.collections == 0 ? "no GC log lines"
                        : String.format("%d collections, at most %.0f MB before and %.0f MB after a collection",
                        heap.collections, heap.beforeGcPeak, heap.afterGcPeak), xmx, proc("VmRSS"), proc("VmHWM"));
        System.out.printf("run %d served: %.1f MB in %d requests (%d page lists)%n", run,
                (after.number("bytes") - server.number("bytes")) / 1e6,
                after.number("requests") - server.number("requests"),
                after.number("pageLists") - server.number("pageLists"));
        if (!finished) {
            return false;
        }
        System.out.printf("run %d %s: %.1f s against the target of %.0f s (%d pages x %d languages)%n", run,
                seconds < TARGET_SECONDS ? "PASS" : "MISS", seconds, TARGET_SECONDS, pages, languages);
        return true;
    }

    static String fmt(long[] v) {
        return v[0] + "/" + v[1] + "/" + v[2] + "/" + v[3];
    }

    /** the import's duration as the app tells it, when both times are there and readable */
    static String own(Status status) {
        Instant started = instant(status.text("startedAt"));
        Instant finished = instant(status.text("finishedAt"));
        if (started == null || finished == null) {
            return "not given";
        }
        return String.format("%.1f s", Duration.between(started, finished).toMillis() / 1e3);
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** waits (at most 180 s) while an import runs that the bench did not start */
    static Status waitWhileRunning() throws Exception {
        long deadline = System.currentTimeMillis() + RUN_LIMIT_MS;
        while (true) {
            Status status = new Status(call("GET", base + "/api/guide-catalogue/import", null, 200));
            if (!"RUNNING".equals(status.state()) || System.currentTimeMillis() > deadline) {
                return status;
            }
            Thread.sleep(POLL_MS);
        }
    }

    /** samples the app's heap (S0U + S1U + EU + OU) with jstat every 100 ms, at most 2,000 times, into heap */
    static Process jstat(Heap heap) {
        Path java = ProcessHandle.current().info().command().map(Path::of).orElse(null);
        Path tool = java == null ? null : java.resolveSibling("jstat");
        if (tool == null || !Files.isExecutable(tool)) {
            System.out.println("no jstat beside " + java + ": heap not sampled");
            return null;
        }
        try {
            Process process = new ProcessBuilder(tool.toString(), "-gc", String.valueOf(appPid), "100", "2000")
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                    List<String> header = null;
                    String line;
                    while ((line = in.readLine()) != null) {
                        String[] cells = line.strip().split("\\s+");
                        if (header == null) {
                            if (line.contains("EU")) {
                                header = List.of(cells);
                            }
                            continue;
                        }
                        if (cells.length != header.size()) {
                            continue;
                        }
                        double kb = 0;
                        try {
                            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                                kb += Double.parseDouble(cells[header.indexOf(column)].replace(',', '.'));
                            }
                        } catch (RuntimeException e) {
                            continue;
                        }
                        synchronized (heap) {
                            heap.sampledPeak = Math.max(heap.sampledPeak, kb / 1024);
                            heap.samples++;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the sampler stops with the run
                }
            });
            reader.setDaemon(true);
            reader.start();
            return process;
        } catch (IOException e) {
            System.out.println("jstat did not start: " + e);
            return null;
        }
    }

    static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** heap before and after each collection the app logged since offset (unified logging, -Xlog:gc) */
    static void readGcLog(Heap heap, long offset) throws IOException {
        if (gcLog == null || !Files.exists(gcLog)) {
            return;
        }
        byte[] all = Files.readAllBytes(gcLog);
        String text = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
        Matcher m = GC_LINE.matcher(text);
        while (m.find()) {
            heap.collections++;
            heap.beforeGcPeak = Math.max(heap.beforeGcPeak, mb(m.group(1), m.group(2)));
            heap.afterGcPeak = Math.max(heap.afterGcPeak, mb(m.group(3), m.group(4)));
        }
    }

    static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    /** the pid itself when it is a java process, else its first java descendant (a wrapper's JVM) */
    static long jvm(long pid) {
        java.util.function.Predicate<ProcessHandle> isJava = h -> h.info().command()
                .map(c -> Path.of(c).getFileName().toString().equals("java")).orElse(false);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        if (isJava.test(process)) {
            return pid;
        }
        return process.descendants().filter(isJava).findFirst().map(ProcessHandle::pid).orElse(pid);
    }

    /** the last -Xmx on the app's command line */
    static String xmx() {
        String found = "unknown (no -Xmx)";
        for (String arg : cmdline()) {
            if (arg.startsWith("-Xmx")) {
                found = arg.substring(4);
            }
        }
        return found;
    }

    static String command() {
        List<String> args = cmdline();
        return args.isEmpty() ? "?" : Path.of(args.get(0)).getFileName().toString();
    }

    static List<String> cmdline() {
        try {
            String raw = Files.readString(Path.of("/proc/" + appPid + "/cmdline"));
            return List.of(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    static String proc(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + appPid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format("%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // below
        }
        return "unknown";
    }

    static String call(String method, String url, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (url.startsWith(base)) {
            request.header("Authorization", ADMIN);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " (expected "
                    + expected + ") " + response.body());
        }
        return response.body();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && "serve".equals(args[0])) {
            serve(Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 2_000,
                    args.length > 3 ? Long.parseLong(args[3]) : 0);
        } else if (args.length >= 4 && "run".equals(args[0])) {
            run(args);
        } else {
            System.err.println("usage: java src/bench/GuideBench.java serve PORT [PAGES] [PARENT_PID]\n"
                    + "       java src/bench/GuideBench.java run BASE_URL INTEGREAT_URL APP_PID [GC_LOG]");
            System.exit(2);
        }
    }
}
