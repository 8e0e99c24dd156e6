package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Buttons that do different things have different names, in every language. */
class ButtonNamesTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "ar", "fa", "uk", "tr", "ps", "kmr", "ti", "ru");

    /** "Abmelden" was both: signing yourself out, and withdrawing a learner from a cohort. */
    @Test
    void signingOutAndWithdrawingALearnerFromACohortAreNamedApart() {
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            String signOut = Messages.text(locale, "nav.signOut").toLowerCase(locale);
            String withdraw = Messages.text(locale, "enrollment.withdrawFromCohort").toLowerCase(locale);
            assertFalse(withdraw.contains(signOut) || signOut.contains(withdraw),
                    language + ": «" + signOut + "» and «" + withdraw + "»");
        }
    }
}
