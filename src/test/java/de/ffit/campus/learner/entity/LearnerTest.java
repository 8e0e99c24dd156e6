package de.ffit.campus.learner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestData;
import de.ffit.campus.platform.error.CampusException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Learner learner(LearnerDetails details) {
        return new Learner(TestData.organisation(1, "Tür an Tür"), LearnerCode.of("AB12CD34"), details, TODAY,
                TestData.NOW);
    }

    @Test
    void keepsTheNameInBothScriptsAndNormalisesTheLanguage() {
        Learner learner = learner(new LearnerDetails(" Amina Haddad ", "أمينة حداد", "ar-SY", null, true));
        assertEquals("Amina Haddad", learner.getName());
        assertEquals("أمينة حداد", learner.getNameOriginal());
        assertEquals("ar", learner.getPreferredLanguage());
        assertTrue(learner.getLanguage().isRightToLeft());
        assertEquals(TODAY, learner.getConsentOn());
    }

    @Test
    void dariAndKurmanjiCodesMapToTheInterfaceLanguages() {
        assertEquals("fa", learner(new LearnerDetails("M", null, "prs", null, false)).getPreferredLanguage());
        assertEquals("kmr", learner(new LearnerDetails("R", null, "ku", null, false)).getPreferredLanguage());
        CampusException unknown = assertThrows(CampusException.class,
                () -> learner(new LearnerDetails("X", null, "xx", null, false)));
        assertEquals("error.language", unknown.key());
    }

    @Test
    void aBirthDateInTheFutureOrBefore1900IsRefused() {
        assertEquals("error.birthDate", assertThrows(CampusException.class,
                () -> learner(new LearnerDetails("A", null, "de", TODAY.plusDays(1), true))).key());
        assertEquals("error.birthDate", assertThrows(CampusException.class,
                () -> learner(new LearnerDetails("A", null, "de", LocalDate.of(1899, 12, 31), true))).key());
    }

    @Test
    void consentKeepsItsFirstDateAndIsClearedWhenWithdrawn() {
        Learner learner = learner(new LearnerDetails("A", null, "de", null, true));
        learner.update(new LearnerDetails("A", null, "de", null, true), TODAY.plusDays(30));
        assertEquals(TODAY, learner.getConsentOn());
        learner.update(new LearnerDetails("A", null, "de", null, false), TODAY.plusDays(31));
        assertNull(learner.getConsentOn());
    }

    @Test
    void learnerCodesAreRandomReadableAndForgiveHowTheyAreTyped() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = LearnerCode.random().value();
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{8}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertEquals("AB12CD34", LearnerCode.of(" ab12-cd34 ").value());
        assertEquals("error.learnerCode", assertThrows(CampusException.class, () -> LearnerCode.of("A1")).key());
        assertThrows(CampusException.class, () -> LearnerCode.of("ÄBC123"));
    }
}
