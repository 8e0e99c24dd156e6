package de.ffit.campus.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ffit.campus.platform.persistence.ApplicationStart;
import org.junit.jupiter.api.Test;

class FirstAdminAtStartTest {

    /** stands in for the database: counts the calls, or refuses as a production installation without a password */
    static class FakeFirstAdmin extends FirstAdmin {
        int calls;
        String refusal;

        @Override
        public void ensureAnAccountExists() {
            calls++;
            if (refusal != null) {
                throw new NoAdminPassword(refusal);
            }
        }
    }

    private final FakeFirstAdmin firstAdmin = new FakeFirstAdmin();
    private final FirstAdminAtStart atStart = new FirstAdminAtStart();

    FirstAdminAtStartTest() {
        atStart.firstAdmin = firstAdmin;
    }

    @Test
    void productionModeEnsuresTheFirstAccount() {
        atStart.ensureAnAccount(new ApplicationStart(false));
        assertEquals(1, firstAdmin.calls);
    }

    @Test
    void productionModeWithoutAPasswordRefusesTheStartWithTheSameReason() {
        firstAdmin.refusal = "the database has no account yet. Set FFIT_ADMIN_PASSWORD";
        ApplicationStart.Refused refused = assertThrows(ApplicationStart.Refused.class,
                () -> atStart.ensureAnAccount(new ApplicationStart(false)));
        assertEquals(firstAdmin.refusal, refused.getMessage());
    }

    @Test
    void demoModeLeavesTheAccountsToTheDemoData() {
        atStart.ensureAnAccount(new ApplicationStart(true));
        assertEquals(0, firstAdmin.calls);
    }
}
