package de.ffit.campus.learner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{9}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertEquals("AB12CD34", LearnerCode.of(" ab12-cd34 ").value());
        assertEquals("error.learnerCode", assertThrows(CampusException.class, () -> LearnerCode.of("A1")).key());
        assertThrows(CampusException.class, () -> LearnerCode.of("ÄBC123"));
    }

    @Test
    void theCheckCharacterCatchesEverySubstitutionAndEverySwapOfNeighbours() {
        String alphabet = LearnerCode.ALPHABET;
        int substitutions = 0;
        int swaps = 0;
        for (int n = 0; n < 300; n++) {
            LearnerCode code = LearnerCode.random();
            assertTrue(code.isChecked() && code.isWellTyped(), code.value());
            char[] chars = code.value().toCharArray();
            for (int i = 0; i < chars.length; i++) {
                for (char other : alphabet.toCharArray()) {
                    if (other != chars[i]) {
                        char[] typo = chars.clone();
                        typo[i] = other;
                        assertFalse(LearnerCode.of(new String(typo)).isWellTyped(), new String(typo));
                        substitutions++;
                    }
                }
                if (i + 1 < chars.length && chars[i] != chars[i + 1]) {
                    char[] swapped = chars.clone();
                    swapped[i] = chars[i + 1];
                    swapped[i + 1] = chars[i];
                    assertFalse(LearnerCode.of(new String(swapped)).isWellTyped(), new String(swapped));
                    swaps++;
                }
            }
        }
        assertEquals(300 * 9 * 30, substitutions);
        assertTrue(swaps > 300 * 7, "swaps tried: " + swaps);
        // a character outside the alphabet (O for 0, I for 1) is a typing mistake too
        String typed = LearnerCode.random().value();
        assertFalse(LearnerCode.of("O" + typed.substring(1)).isWellTyped());
    }

    @Test
    void everyCheckCharacterOfEveryBodyIsExactlyOne() {
        // the check character is the only last character that fits: each of the 31 gives another sum
        String body = "K7MXQPA2";
        long fitting = LearnerCode.ALPHABET.chars().filter(c -> LearnerCode.of(body + (char) c).isWellTyped()).count();
        assertEquals(1, fitting);
        assertTrue(LearnerCode.of(body + LearnerCode.checkCharacter(body)).isWellTyped());
    }

    @Test
    void codesWithoutCheckCharacterStayValid() {
        // cards printed before the check character: 8 characters, and codes a coordinator typed
        assertTrue(LearnerCode.of("DEMO2468").isWellTyped());
        assertFalse(LearnerCode.of("DEMO2468").isChecked());
        assertTrue(LearnerCode.of("AB12").isWellTyped());
        assertTrue(LearnerCode.of("AB12CD34EF56").isWellTyped());
    }
}
