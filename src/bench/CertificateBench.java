import de.ffit.campus.certificate.control.CertificateContent;
import de.ffit.campus.certificate.control.CertificateFonts;
import de.ffit.campus.certificate.control.CertificateRenderer;
import de.ffit.campus.certificate.control.CertificateTemplate;
import de.ffit.campus.certificate.control.CohortPrint;
import de.ffit.campus.certificate.control.FrozenContent;
import de.ffit.campus.certificate.control.TemplateReader;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The certificate PDF renderer in-process, on the default template "ffit-basis", with a mix of learners in the
 * scripts ffIT meets (German names with umlauts; Arabic and Persian, Ukrainian and Tigrinya names with the name in
 * its original script and the second language; a few long names). Every certificate has its own serial and
 * verification link. Measures:
 *   a. one certificate as its own PDF (render), warm: latency percentiles of 1,000 renders, smallest/largest file;
 *   b. 50 certificates merged into one PDF (renderAll to a stream that only counts bytes), warm, 20 runs;
 *   c. 1,000 certificates merged into one PDF streamed to a temporary file: wall time, file size, peak heap.
 *   d. the cohort print as the app makes it (issue 24): 50 and 1,000 certificates drawn again from what each
 *      printed, frozen at issue, into one file; and the stored single PDFs' pages copied into one file, as before.
 * Prints PASS/MISS next to each target; exits 0 unless something throws. No network; fixed counts.
 *
 * Usage: java -Xmx256m -cp target/classes:DEPENDENCIES:COMPILED CertificateBench [TEMPLATES_DIR]
 * (run through src/bench/certificates.sh; TEMPLATES_DIR defaults to certificate-templates)
 */
public class CertificateBench {

    static final int WARMUP = 300;
    static final int SINGLE = 1_000;
    static final int COHORT = 50;
    static final int COHORT_WARMUP = 5;
    static final int COHORT_RUNS = 20;
    static final int MANY = 1_000;
    static final long MIB = 1024 * 1024;

    /** name, name in original script (or null), second language, birth date (or null), label */
    static final Object[][] MIX = {
        {"Jürgen Müller-Weiß", null, "de", LocalDate.of(1990, 4, 3), "de"},
        {"Käthe Schäfer", null, "de", LocalDate.of(1958, 12, 1), "de"},
        {"Björn Großkreutz-Öztürk", null, "de", LocalDate.of(1979, 6, 21), "de"},
        {"Özlem Yılmaz", null, "tr", LocalDate.of(1985, 2, 14), "de/tr"},
        {"Amina Haddad", "أمينة حداد", "ar", null, "ar"},
        {"Yousef Al-Khatib", "يوسف الخطيب", "ar", LocalDate.of(2001, 1, 1), "ar"},
        {"Mohammad Rahimi", "محمد رحیمی", "fa", null, "fa"},
        {"Fatemeh Hosseini", "فاطمه حسینی", "fa", LocalDate.of(1996, 8, 30), "fa"},
        {"Olena Kovalenko", "Олена Коваленко", "uk", null, "uk"},
        {"Andrii Shevchenko", "Андрій Шевченко", "uk", LocalDate.of(1971, 3, 9), "uk"},
        {"Tesfay Gebremedhin", "ተስፋይ ገብረመድህን", "ti", null, "ti"},
        {"Senait Tsegay", "ሰናይት ጸጋይ", "ti", LocalDate.of(1999, 11, 11), "ti"},
        {"Mohammad Abdul-Rahman Khalil Ibrahim Al-Hashimi Bin Abdullah Al-Tamimi Al-Qurashi Al-Baghdadi Al-Husseini",
            "محمد عبد الرحمن خليل إبراهيم الهاشمي بن عبد الله التميمي القرشي البغدادي الحسيني", "ar", null,
            "ar, long name"},
        {"Anna-Katharina Freifrau von Schönberg-Hohenzollern-Württemberg zu Güldenstädt", null, "de",
            LocalDate.of(1964, 7, 17), "de, long name"},
        {"Oleksandra-Viktoriia Khmelnytska-Zakharchenko", "Олександра-Вікторія Хмельницька-Захарченко", "uk",
            LocalDate.of(1988, 5, 2), "uk, long name"},
        {"Gebremariam Weldemichael Tesfamariam Haileselassie", "ገብረማርያም ወልደሚካኤል ተስፋማርያም ሃይለስላሴ", "ti",
            null, "ti, long name"},
    };

    static final String CODE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** the n-th learner: the mix in turn, each with its own serial and verification code */
    static CertificateContent learner(int n) {
        Object[] l = MIX[n % MIX.length];
        Random random = new Random(n);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return new CertificateContent((String) l[0], (String) l[1], (LocalDate) l[3], "ffIT Basis",
                "ffIT Basis – Lechhausen, Herbst", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 25),
                "Gemeinschaftsunterkunft Lechhausen", 12 + n % 5, 16,
                List.of("Computer-Grundlagen", "Smartphone-Grundlagen", "Internet und E-Mail"),
                List.of("1.1", "2.1", "4.2"), LocalDate.of(2026, 11, 30), String.format("FFIT-2026-%06d", n + 1),
                "Tür an Tür – Augsburg", "Claudia Koordinatorin", List.of("Tom Trainer", "Sara Schmidt"),
                "https://campus.example.org/verify/" + code, code.toString(), (String) l[2]);
    }

    /** learners first..first+count-1, made as they are asked for (nothing held for the whole document) */
    static Iterable<CertificateContent> learners(int first, int count, AtomicLong made) {
        return () -> new Iterator<>() {
            int next = first;

            public boolean hasNext() {
                return next < first + count;
            }

            public CertificateContent next() {
                made.incrementAndGet();
                return learner(next++);
            }
        };
    }

    /** counts what is written and keeps nothing */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "certificate-templates");
        long started = System.nanoTime();
        CertificateFonts fonts = CertificateFonts.read(root.resolve("fonts"));
        CertificateTemplate template = TemplateReader.readAll(root, fonts).get("ffit-basis");
        if (template == null) {
            throw new IllegalStateException(root + "/ffit-basis: no such template");
        }
        CertificateRenderer renderer = new CertificateRenderer(fonts);
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("certificate renderer, template ffit-basis, %d learners in the mix; Java %s, max heap %d MiB,"
                + " GC %s, %d CPUs, load average %.1f; fonts and template read in %d ms%n", MIX.length,
                System.getProperty("java.version"), maxHeap / MIB,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining("/")),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                (System.nanoTime() - started) / 1_000_000);

        // a. one certificate as its own PDF
        long firstStart = System.nanoTime();
        renderer.render(template, learner(0));
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        int smallest = 0;
        int largest = 0;
        int[] sizes = new int[MIX.length];
        for (int i = 0; i < MIX.length; i++) {
            sizes[i] = renderer.render(template, learner(i)).length;
            smallest = sizes[i] < sizes[smallest] ? i : smallest;
            largest = sizes[i] > sizes[largest] ? i : largest;
        }
        for (int i = 0; i < WARMUP; i++) {
            renderer.render(template, learner(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[SINGLE];
        long[] cpu = new long[SINGLE];
        for (int i = 0; i < SINGLE; i++) {
            CertificateContent content = learner(WARMUP + i);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            renderer.render(template, content);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("a. single certificate, render(): %,d measured after %d warm-up (the very first: %.0f ms)%n",
                SINGLE, WARMUP, firstMs);
        System.out.printf("   ms: p50 %.1f  p95 %.1f  max %.1f  (this thread's CPU time: p50 %.1f)%s%n",
                ms(nanos, 0.50), ms(nanos, 0.95), nanos[SINGLE - 1] / 1e6, ms(cpu, 0.50),
                verdict("p50 < 3 ms (issue 24 item 5)", ms(nanos, 0.50) < 3));
        System.out.printf("   KB: smallest %.1f (%s)  largest %.1f (%s)%s%n", sizes[smallest] / 1024.0,
                MIX[smallest][4], sizes[largest] / 1024.0, MIX[largest][4],
                verdict("< 30 KB, an Arabic name included", sizes[largest] < 30 * 1024));

        // b. 50 merged, to a stream that only counts
        long cohortBytes = 0;
        long[] runs = new long[COHORT_RUNS];
        for (int r = 0; r < COHORT_WARMUP + COHORT_RUNS; r++) {
            Counting out = new Counting();
            List<CertificateContent> cohort = new ArrayList<>();
            learners(r * COHORT, COHORT, new AtomicLong()).forEach(cohort::add);
            long start = System.nanoTime();
            renderer.renderAll(template, cohort, out);
            long took = System.nanoTime() - start;
            if (r >= COHORT_WARMUP) {
                runs[r - COHORT_WARMUP] = took;
            }
            cohortBytes = out.bytes;
        }
        Arrays.sort(runs);
        System.out.printf("b. %d certificates merged, renderAll() to a byte counter: %d runs after %d warm-up%n",
                COHORT, COHORT_RUNS, COHORT_WARMUP);
        System.out.printf("   ms: median %.0f  max %.0f  (%.0f KB per document)%s%n", ms(runs, 0.50),
                runs[COHORT_RUNS - 1] / 1e6, cohortBytes / 1024.0,
                verdict("< 1.2 ms per certificate (< 60 ms)", ms(runs, 0.50) < 1.2 * COHORT));

        // c. 1,000 merged, streamed to a temporary file
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long usedBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] gcBefore = gc();
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        Path file = Files.createTempFile("certificates-", ".pdf");
        AtomicLong made = new AtomicLong();
        long wall;
        try {
            sampler.start();
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                renderer.renderAll(template, learners(100_000, MANY, made), out);
            } catch (OutOfMemoryError e) {
                System.out.printf("c. %,d certificates merged: OutOfMemoryError after %d certificates  MISS%n", MANY,
                        made.get());
                throw e;
            }
            wall = System.nanoTime() - start;
            sampler.interrupt();
            sampler.join();
        } finally {
            sampler.interrupt();
            long size = Files.size(file);
            Files.delete(file);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long[] gcAfter = gc();
            System.gc();
            long usedAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (made.get() == MANY) {
                System.out.printf("c. %,d certificates merged, renderAll() streamed to a temporary file%n", MANY);
            }
            System.out.printf("   file %.1f MB (%.1f KB per certificate)%n", size / 1e6, size / 1024.0 / MANY);
            System.out.printf("   heap MiB: used before %d, peak %d (heap pools' peaks summed; sampled every 5 ms: %d),"
                    + " live after %d; %d GCs, %d ms%n", usedBefore / MIB, peak / MIB, sampled.get() / MIB,
                    usedAfter / MIB, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        }
        boolean small = maxHeap <= 256 * MIB;
        System.out.printf("   wall ms %.0f (%.1f ms per certificate)%s%n", wall / 1e6, wall / 1e6 / MANY,
                verdict("< 1.2 ms per certificate with -Xmx256m", wall < 1_200_000L * MANY && small)
                        + (small ? "" : " (not run with -Xmx256m)"));

        // d. the cohort print as the app makes it (issue 24): what each certificate printed, frozen at issue as
        // JSON, read and drawn again into one document; beside it, the stored single PDFs' pages copied into one
        // file, as before issue 24 and still for certificates issued before it
        byte[][] stored = new byte[MIX.length][];
        for (int i = 0; i < MIX.length; i++) {
            stored[i] = renderer.render(template, learner(i));
        }
        for (int n : new int[] {50, MANY}) {
            List<CohortPrint.Sheet> sheets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] pdf = stored[i % stored.length];
                sheets.add(new CohortPrint.Sheet(template.key(), template.revision(),
                        FrozenContent.freeze(template, learner(200_000 + i)).toJson(), () -> pdf));
            }
            Path printed = Files.createTempFile("print-", ".pdf");
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(printed), 64 * 1024)) {
                CohortPrint.write(renderer, template, sheets, out, () -> { });
            }
            long took = System.nanoTime() - start;
            long size = Files.size(printed);
            System.out.printf("d. %,d issued certificates printed from their frozen contents into one PDF (the app's "
                    + "cohort print): %.0f ms (%.2f ms each), %.2f MB%s%n", n, took / 1e6, took / 1e6 / n, size / 1e6,
                    n == MANY ? verdict("< 5 MB", size < 5_000_000) : "");
            Files.delete(printed);
        }
        for (int n : new int[] {50, MANY}) {
            java.nio.file.Path copied = java.nio.file.Files.createTempFile("copy-", ".pdf");
            long start = System.nanoTime();
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(
                    java.nio.file.Files.newOutputStream(copied), 64 * 1024)) {
                com.lowagie.text.Document document = new com.lowagie.text.Document();
                com.lowagie.text.pdf.PdfCopy copy = new com.lowagie.text.pdf.PdfCopy(document, out);
                copy.setFullCompression();
                document.open();
                for (int i = 0; i < n; i++) {
                    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(
                            stored[i % stored.length]);
                    copy.addPage(copy.getImportedPage(reader, 1));
                    copy.freeReader(reader);
                    reader.close();
                }
                document.close();
            }
            long took = System.nanoTime() - start;
            System.out.printf("   %,d stored certificates copied into one PDF (before issue 24; still for older "
                    + "certificates): %.0f ms, %.1f MB%n", n, took / 1e6, java.nio.file.Files.size(copied) / 1e6);
            java.nio.file.Files.delete(copied);
        }
    }

    /** collections and milliseconds of all collectors so far */
    static long[] gc() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, time};
    }

    static String verdict(String target, boolean met) {
        return "   target " + target + ": " + (met ? "PASS" : "MISS");
    }

    static double ms(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}
