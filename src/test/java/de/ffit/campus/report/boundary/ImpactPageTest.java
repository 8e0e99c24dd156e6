package de.ffit.campus.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ffit.campus.report.control.ImpactReport.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the quarterly chart shows: no run of empty quarters before the first course, and not more than eight. */
class ImpactPageTest {

    static List<TrendPoint> quarters(int firstWithFigures) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i >= firstWithFigures ? 5 : 0;
            points.add(new TrendPoint(2022 + i / 4, i % 4 + 1, n, n / 2, n / 2));
        }
        return points;
    }

    @Test
    void theChartStartsAtTheFirstQuarterWithFigures() {
        List<TrendPoint> shown = ImpactPage.recent(quarters(17), ImpactPage.QUARTERS_SHOWN);
        assertEquals(List.of("2026 Q2", "2026 Q3", "2026 Q4"), shown.stream().map(TrendPoint::label).toList());
    }

    @Test
    void andShowsTheLatestEightQuartersOfALongHistory() {
        List<TrendPoint> shown = ImpactPage.recent(quarters(0), ImpactPage.QUARTERS_SHOWN);
        assertEquals(8, shown.size());
        assertEquals("2025 Q1", shown.get(0).label());
        assertEquals("2026 Q4", shown.get(7).label());
    }

    @Test
    void aReportWithoutFiguresStillHasOneQuarterToDraw() {
        assertEquals(List.of("2026 Q4"), ImpactPage.recent(quarters(20), ImpactPage.QUARTERS_SHOWN).stream()
                .map(TrendPoint::label).toList());
    }
}
