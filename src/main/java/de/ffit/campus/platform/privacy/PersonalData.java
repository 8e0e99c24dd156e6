package de.ffit.campus.platform.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an entity stores personal data of learners (GDPR Art. 30): which columns, why, and what erasing a
 * learner does to its rows. Every entity whose table refers to a learner, directly or through an enrollment, must
 * carry it; {@code PersonalDataTest} fails for one that does not, so that no new table holds learners' data
 * unnoticed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalData {

    /** The columns that are personal data (or point at a learner). */
    String[] columns();

    /** Why they are kept, in a sentence for the record of processing. */
    String purpose();

    /** What erasing the learner does to these rows. */
    Erasure onErase();

    /** What happens to an entity's rows when a learner is erased. */
    enum Erasure {
        /** the rows go */
        DELETE,
        /** the rows stay for anonymous statistics, the personal columns are emptied or replaced */
        ANONYMISE,
        /** the row stays as a verification record with only what the issued document itself shows */
        KEEP_AS_ISSUED
    }
}
