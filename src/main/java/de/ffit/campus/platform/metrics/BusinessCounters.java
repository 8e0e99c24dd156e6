package de.ffit.campus.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Counts {@link BusinessEvent}s in the application's metric registry, once their transaction committed. */
@ApplicationScoped
public class BusinessCounters {

    @Inject
    MetricRegistry registry;

    /** Every counter shows from the start, at 0, so a scraper sees the series before the first event. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (BusinessEvent.Kind kind : BusinessEvent.Kind.values()) {
            counter(kind);
        }
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessEvent event) {
        if (event.amount() > 0) {
            counter(event.kind()).inc(event.amount());
        }
    }

    private Counter counter(BusinessEvent.Kind kind) {
        return registry.counter(Metadata.builder().withName(kind.metric()).withDescription(kind.description())
                .build());
    }
}
