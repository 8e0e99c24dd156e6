package de.ffit.campus.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ffit.campus.certificate.boundary.CohortCertificatesPage.Row;
import de.ffit.campus.progress.entity.ProgressStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificates tab lists who can have a certificate first: eligible, then on track, then the rest. */
class CohortCertificatesOrderTest {

    private static Row row(String name, ProgressStatus status) {
        return new Row(name.hashCode(), name, null, "de", status, List.of(), null, List.of());
    }

    @Test
    void eligibleAndGraduatedFirstThenOnTrackThenAtRiskThenWithdrawnEachByName() {
        List<Row> rows = new ArrayList<>(List.of(row("Anna", ProgressStatus.WITHDRAWN),
                row("Bilal", ProgressStatus.AT_RISK), row("Chen", ProgressStatus.ON_TRACK),
                row("Zora", ProgressStatus.ELIGIBLE), row("Ömer", ProgressStatus.GRADUATED),
                row("Dana", ProgressStatus.ON_TRACK), row("Amina", ProgressStatus.ELIGIBLE)));
        rows.sort(CohortCertificatesPage.ORDER);
        assertEquals(List.of("Amina", "Ömer", "Zora", "Chen", "Dana", "Bilal", "Anna"),
                rows.stream().map(Row::name).toList());
    }
}
