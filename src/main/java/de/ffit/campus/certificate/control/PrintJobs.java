package de.ffit.campus.certificate.control;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prints a cohort's certificates in the background: one print-ready PDF of all valid certificates, one page each,
 * exactly as they were issued (drawn again from what each printed, frozen at issue, or copied from the stored PDF of
 * those issued before: see {@link CohortPrint}), or a ZIP of the single files. A job writes to a
 * temporary file as it goes, reading one certificate at a time, so memory stays small however large the cohort;
 * its progress can be asked for at any time, so a reloaded page finds its job again. Finished files are kept for
 * an hour.
 */
@ApplicationScoped
public class PrintJobs {

    public enum Kind {
        PDF,
        ZIP
    }

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(PrintJobs.class.getName());
    static final Duration KEEP = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a page shows of a job. */
    public record Status(String id, long cohortId, Kind kind, State state, int done, int total, Instant started) {
        public int percent() {
            return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) (100L * done / total);
        }
    }

    private static final class Job {
        final String id;
        final long organisationId;
        final long cohortId;
        final String username;
        final Kind kind;
        final Instant started = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        volatile int total;
        volatile State state = State.RUNNING;
        volatile Path file;

        Job(String id, Actor actor, long cohortId, Kind kind) {
            this.id = id;
            this.organisationId = actor.organisationId();
            this.cohortId = cohortId;
            this.username = actor.username();
            this.kind = kind;
        }

        Status status() {
            return new Status(id, cohortId, kind, state, done.get(), total, started);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    Certificates certificates;

    @Inject
    CertificateTemplates templates;

    /** Starts printing the cohort's valid certificates; a job of the same kind already running is returned instead. */
    public Status start(Actor actor, long cohortId, Kind kind) {
        List<Certificates.Printable> list = certificates.printable(actor, cohortId);
        if (list.isEmpty()) {
            throw CampusException.conflict("error.certificate.noneToPrint");
        }
        cleanUp();
        Optional<Job> running = jobs.values().stream().filter(j -> j.cohortId == cohortId
                && j.organisationId == actor.organisationId() && j.kind == kind && j.state == State.RUNNING)
                .findFirst();
        if (running.isPresent()) {
            return running.get().status();
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        Job job = new Job(HexFormat.of().formatHex(random), actor, cohortId, kind);
        job.total = list.size();
        executor.submit(() -> run(job, list));
        jobs.put(job.id, job);
        return job.status();
    }

    /** The newest job for the cohort (running or finished, whoever started it), for a page opened again. */
    public Optional<Status> latest(Actor actor, long cohortId, Kind kind) {
        cleanUp();
        return jobs.values().stream().filter(j -> j.cohortId == cohortId && j.organisationId == actor.organisationId()
                        && j.kind == kind)
                .max((x, y) -> x.started.compareTo(y.started)).map(Job::status);
    }

    public Optional<Status> status(Actor actor, String id) {
        return own(actor, id).map(Job::status);
    }

    /** The finished file of a job of the actor's organisation. */
    public Optional<Path> file(Actor actor, String id) {
        return own(actor, id).filter(j -> j.state == State.DONE).map(j -> j.file);
    }

    private Optional<Job> own(Actor actor, String id) {
        Job job = id == null ? null : jobs.get(id);
        return job != null && job.organisationId == actor.organisationId() ? Optional.of(job) : Optional.empty();
    }

    private void run(Job job, List<Certificates.Printable> list) {
        Path file = null;
        try {
            file = Files.createTempFile("ffit-print-", job.kind == Kind.PDF ? ".pdf" : ".zip");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                if (job.kind == Kind.PDF) {
                    merge(job, list, out);
                } else {
                    zip(job, list, out);
                }
            }
            job.file = file;
            job.state = State.DONE;
        } catch (IOException | RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "print job " + job.id + " failed", e);
        } finally {
            if (job.state != State.DONE) {
                job.state = State.FAILED;
                delete(file); // a half-written file with names on it is not left behind
            }
        }
    }

    /**
     * One document: certificates whose printed values were kept are drawn again from them (fonts and what all of
     * them show shared), others have their stored PDF's pages copied in; each is looked up when its turn comes, so
     * one revoked meanwhile is left out.
     */
    private void merge(Job job, List<Certificates.Printable> list, OutputStream out) throws IOException {
        Iterable<CohortPrint.Sheet> sheets = () -> list.stream()
                .map(p -> certificates.sheet(p.id())
                        .map(s -> new CohortPrint.Sheet(s.templateKey(), s.templateRevision(), s.frozen(),
                                () -> certificates.pdf(p.id())))
                        .orElse(null))
                .iterator();
        CohortPrint.write(templates.renderer(), templates.get(CertificateTemplates.DEFAULT), sheets, out,
                job.done::incrementAndGet);
    }

    private void zip(Job job, List<Certificates.Printable> list, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Certificates.Printable printable : list) {
                byte[] pdf = certificates.pdf(printable.id());
                if (pdf != null) {
                    zip.putNextEntry(new ZipEntry(printable.fileName()));
                    zip.write(pdf);
                    zip.closeEntry();
                }
                job.done.incrementAndGet();
            }
        }
    }

    private void cleanUp() {
        Instant old = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> {
            if (j.state != State.RUNNING && j.started.isBefore(old)) {
                delete(j.file);
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void deleteFiles() {
        jobs.values().forEach(j -> delete(j.file));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "could not delete " + file, e);
            }
        }
    }
}
