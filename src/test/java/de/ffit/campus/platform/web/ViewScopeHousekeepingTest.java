package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The session's leftovers of gone views are dropped, and nothing of a view that is still active. */
class ViewScopeHousekeepingTest {

    /** like Mojarra's: a synchronized LRU map of at most {@code size} view maps */
    static Map<String, Object> activeViewMaps(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > size;
            }
        });
    }

    @Test
    void entriesOfViewMapsNoLongerActiveGo() {
        Map<String, Object> active = activeViewMaps(6);
        active.put("v5", Map.of());
        active.put("v6", Map.of());
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();
        for (String id : new String[] {"v1", "v2", "v3", "v4", "v5", "v6"}) {
            contexts.put(id, new ConcurrentHashMap<>(Map.of("bean", id)));
        }

        assertEquals(4, ViewScopeHousekeeping.prune(active, contexts));
        assertEquals(Set.of("v5", "v6"), contexts.keySet());
        assertEquals(0, ViewScopeHousekeeping.prune(active, contexts), "a second run finds nothing more");
    }

    @Test
    void withoutEitherAttributeNothingHappens() {
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>(Map.of("v1", Map.of()));
        assertEquals(0, ViewScopeHousekeeping.prune(null, contexts));
        assertEquals(0, ViewScopeHousekeeping.prune(activeViewMaps(6), null));
        assertEquals(0, ViewScopeHousekeeping.prune("not a map", contexts));
        assertEquals(Set.of("v1"), contexts.keySet());
    }

    /**
     * Requests of one session run at once (a page, its Ajax saves, the print job's polling). Mojarra makes a view map
     * active under the active maps' lock and only then adds its entry; tidying at the same time must never take the
     * entry of a view that is active.
     */
    @Test
    void anActiveViewNeverLosesItsEntryWhileOtherRequestsTidy() throws Exception {
        Map<String, Object> active = activeViewMaps(6);
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger pruned = new AtomicInteger();
        Thread tidying = new Thread(() -> {
            while (!done.get()) {
                pruned.addAndGet(ViewScopeHousekeeping.prune(active, contexts));
            }
        });
        tidying.start();
        int lost = 0;
        try {
            for (int i = 0; i < 50_000; i++) {
                String id = "view-" + i;
                synchronized (active) {
                    active.put(id, new ConcurrentHashMap<>());
                }
                contexts.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put("bean", id);
                Thread.onSpinWait();
                if (!contexts.containsKey(id)) {
                    lost++;
                }
            }
        } finally {
            done.set(true);
            tidying.join();
        }
        ViewScopeHousekeeping.prune(active, contexts);

        assertEquals(0, lost, "entries of active views taken while tidying");
        assertTrue(pruned.get() > 0, "the tidying ran alongside");
        assertEquals(active.keySet(), contexts.keySet(), "in the end exactly the active views keep an entry");
    }
}
