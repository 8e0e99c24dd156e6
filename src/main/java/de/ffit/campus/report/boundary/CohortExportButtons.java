package de.ffit.campus.report.boundary;

import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.report.control.CohortExports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The "as CSV" buttons of a cohort's Learners and Progress tabs. */
@Named("cohortExports")
@RequestScoped
public class CohortExportButtons {

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortExports exports;

    public void learners(long cohortId) throws IOException {
        send(exports.learners(currentUser.actor(), cohortId, Pages.locale()));
    }

    public void progress(long cohortId) throws IOException {
        send(exports.progress(currentUser.actor(), cohortId, Pages.locale()));
    }

    private static void send(CohortExports.Csv csv) throws IOException {
        Faces.sendFile(csv.bytes(), csv.fileName(), true);
    }
}
