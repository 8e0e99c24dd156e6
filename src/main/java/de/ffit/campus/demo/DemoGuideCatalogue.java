package de.ffit.campus.demo;

import de.ffit.campus.guide.control.CatalogueFetch;
import de.ffit.campus.guide.control.IntegreatApi;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small stored guide catalogue for the demo organisation's region, so that the demo shows linked guides
 * without reaching Integreat: ten made-up pages in the shape Integreat has them (a path per language, with raw
 * Arabic and Persian slugs), not every page in every language, so that the fallback to German shows too.
 */
final class DemoGuideCatalogue {

    static final String REGION = "augsburg";

    /** German path of a page → the exercise titles of the demo course it is linked to */
    static final Map<String, List<String>> LINKS = Map.of(
            "/augsburg/de/digitales/sichere-passwoerter/", List.of("Sichere Passwörter erstellen"),
            "/augsburg/de/digitales/e-mail/", List.of("Eine E-Mail-Adresse einrichten", "Eine E-Mail mit Anhang senden"),
            "/augsburg/de/digitales/smartphone-sichern/", List.of("Smartphone sichern: PIN, Sperrbildschirm, Updates"),
            "/augsburg/de/digitales/betrug-erkennen/", List.of("Betrug erkennen: Phishing und Fake-Shops"),
            "/augsburg/de/digitales/wlan/", List.of("WLAN und mobile Daten verwenden"),
            "/augsburg/de/willkommen/integreat-app/", List.of("Die Integreat-App für die eigene Stadt nutzen"),
            "/augsburg/de/digitales/termine-online/", List.of("Termine online buchen (Bürgerbüro, Jobcenter)"),
            "/augsburg/de/digitales/videoanruf/", List.of("Einen Videoanruf führen"));

    private static final List<IntegreatApi.Language> LANGUAGES = List.of(
            new IntegreatApi.Language("de", "de", "de-DE", "Deutsch", false),
            new IntegreatApi.Language("en", "en", "en-US", "English", false),
            new IntegreatApi.Language("ar", "ar", "ar-MA", "العربية", true),
            new IntegreatApi.Language("fa", "fa", "fa-IR", "فارسی", true),
            new IntegreatApi.Language("uk", "uk", "uk-UA", "Українська", false),
            new IntegreatApi.Language("tr", "tr", "tr-TR", "Türkçe", false));

    private DemoGuideCatalogue() {
    }

    private record Page(String parent, Map<String, String[]> translations) {
    }

    /** language → {slug, title} */
    private static Map<String, String[]> t(String... languageSlugTitle) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < languageSlugTitle.length; i += 3) {
            map.put(languageSlugTitle[i], new String[] {languageSlugTitle[i + 1], languageSlugTitle[i + 2]});
        }
        return map;
    }

    private static final List<Page> PAGES = List.of(
            new Page(null, t("de", "willkommen", "Willkommen in Augsburg",
                    "en", "welcome", "Welcome to Augsburg",
                    "ar", "أهلا-وسهلا", "أهلاً بكم في أوغسبورغ",
                    "fa", "خوش-آمدید", "به آگسبورگ خوش آمدید",
                    "uk", "laskavo-prosymo", "Ласкаво просимо до Аугсбурга",
                    "tr", "hos-geldiniz", "Augsburg’a hoş geldiniz")),
            new Page(null, t("de", "digitales", "Digitale Grundlagen",
                    "en", "digital", "Digital basics",
                    "ar", "أساسيات-رقمية", "أساسيات رقمية",
                    "fa", "مبانی-دیجیتال", "مبانی دیجیتال",
                    "uk", "tsyfrovi-osnovy", "Цифрові основи",
                    "tr", "dijital-temeller", "Dijital temel bilgiler")),
            new Page("digitales", t("de", "sichere-passwoerter", "Sichere Passwörter",
                    "en", "safe-passwords", "Safe passwords",
                    "ar", "كلمات-مرور-آمنة", "كلمات مرور آمنة",
                    "fa", "رمز-عبور-امن", "رمزهای عبور امن",
                    "uk", "nadiyni-paroli", "Надійні паролі",
                    "tr", "guvenli-sifreler", "Güvenli şifreler")),
            new Page("digitales", t("de", "e-mail", "Eine E-Mail-Adresse einrichten und nutzen",
                    "en", "e-mail", "Setting up and using an e-mail address",
                    "ar", "البريد-الإلكتروني", "إنشاء بريد إلكتروني واستخدامه",
                    "fa", "ایمیل", "ساختن و استفاده از ایمیل",
                    "uk", "elektronna-poshta", "Електронна пошта: створення і використання",
                    "tr", "e-posta", "E-posta adresi oluşturma ve kullanma")),
            new Page("digitales", t("de", "smartphone-sichern", "Das Smartphone sichern",
                    "en", "secure-your-smartphone", "Securing your smartphone",
                    "ar", "حماية-الهاتف", "حماية الهاتف الذكي",
                    "fa", "امنیت-گوشی", "ایمن کردن گوشی هوشمند",
                    "uk", "zakhyst-smartfona", "Захист смартфона")),
            new Page("digitales", t("de", "betrug-erkennen", "Betrug im Internet erkennen",
                    "en", "spotting-scams", "Spotting online scams",
                    "ar", "الاحتيال-عبر-الإنترنت", "التعرّف على الاحتيال عبر الإنترنت",
                    "fa", "کلاهبرداری-اینترنتی", "شناختن کلاهبرداری اینترنتی")),
            new Page("digitales", t("de", "wlan", "WLAN und mobile Daten",
                    "en", "wifi", "Wi-Fi and mobile data",
                    "ar", "واي-فاي", "الواي فاي وبيانات الجوال",
                    "tr", "wifi", "Wi-Fi ve mobil veri")),
            new Page("willkommen", t("de", "integreat-app", "Die Integreat-App",
                    "en", "integreat-app", "The Integreat app",
                    "ar", "تطبيق-integreat", "تطبيق Integreat",
                    "fa", "اپلیکیشن-integreat", "اپلیکیشن Integreat",
                    "uk", "zastosunok-integreat", "Застосунок Integreat",
                    "tr", "integreat-uygulamasi", "Integreat uygulaması")),
            new Page("digitales", t("de", "termine-online", "Termine online buchen: Bürgerbüro und Jobcenter",
                    "en", "appointments-online", "Booking appointments online")),
            new Page("digitales", t("de", "videoanruf", "Einen Videoanruf führen",
                    "en", "video-call", "Making a video call",
                    "ar", "مكالمة-فيديو", "إجراء مكالمة فيديو")));

    static CatalogueFetch.Fetched fetched(LocalDateTime lastUpdated) {
        Map<String, Map<String, String>> slugOfParent = new LinkedHashMap<>();
        for (Page page : PAGES) {
            if (page.parent() == null) {
                Map<String, String> slugs = new LinkedHashMap<>();
                page.translations().forEach((language, slugTitle) -> slugs.put(language, slugTitle[0]));
                slugOfParent.put(page.translations().get("de")[0], slugs);
            }
        }
        List<String> codes = LANGUAGES.stream().map(IntegreatApi.Language::code).toList();
        List<CatalogueFetch.Read> read = new ArrayList<>();
        for (int p = 0; p < PAGES.size(); p++) {
            Page page = PAGES.get(p);
            long number = p;
            Map<String, Long> ids = new LinkedHashMap<>();
            page.translations().keySet().forEach(language -> ids.put(language,
                    9_000L + 100L * codes.indexOf(language) + number));
            for (Map.Entry<String, String[]> entry : page.translations().entrySet()) {
                String language = entry.getKey();
                String parent = page.parent() == null ? "" : slugOfParent.get(page.parent()).get(language) + "/";
                String path = "/" + REGION + "/" + language + "/" + parent + entry.getValue()[0] + "/";
                long[] others = ids.entrySet().stream().filter(e -> !e.getKey().equals(language))
                        .mapToLong(Map.Entry::getValue).toArray();
                read.add(new CatalogueFetch.Read(language, ids.get(language),
                        "https://integreat.app" + path.substring(0, path.length() - 1), path, entry.getValue()[1],
                        null, lastUpdated, others));
            }
        }
        return CatalogueFetch.group(REGION, LANGUAGES, read);
    }
}
