package de.ffit.campus.guide.control;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.persistence.DailyRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Imports every organisation's guide catalogue once a night, at {@code FFIT_INTEGREAT_IMPORT_AT} in the campus
 * time zone. Each instance of a cluster sets the timer; the first to claim the day ({@code DailyRun}) imports, and
 * each catalogue's own claim keeps an import on demand from running beside it.
 */
@Singleton
@Startup
public class NightlyGuideImport {

    private static final Logger LOG = Logger.getLogger(NightlyGuideImport.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CampusSettings settings;

    @Inject
    GuideCatalogues catalogues;

    @Inject
    GuideImports imports;

    @Inject
    DailyRun daily;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        settings.integreatImportAt().ifPresentOrElse(at -> {
            timers.createCalendarTimer(expression(at), new TimerConfig("nightly guide import", false));
            LOG.info(() -> "guide catalogues are imported every night at " + at + " " + settings.zone());
        }, () -> LOG.info("the nightly guide import is switched off (FFIT_INTEGREAT_IMPORT_AT=off)"));
    }

    private ScheduleExpression expression(LocalTime at) {
        return new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(at.getSecond())
                .timezone(settings.zone().getId());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!daily.claim("guide-import", LocalDate.now(clock.withZone(settings.zone())),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            LOG.info("the nightly guide import runs on another instance today");
            return;
        }
        List<Object[]> regions = catalogues.regions();
        for (Object[] row : regions) {
            long org = ((Number) row[0]).longValue();
            String region = (String) row[1];
            if (!imports.importNow(org, region, "nightly")) {
                LOG.info(() -> "organisation " + org + ": an import is running already, the nightly one is skipped");
            }
        }
    }
}
