package de.ffit.campus.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the 21 competences of DigComp 2.2, seeded by migration and never changed by the application.
 * Its name, in every language, is the message {@code digcomp.<code>}; its area's name {@code digcomp.area.<n>}.
 */
@Entity
@Table(name = "digcomp_competence")
public class Competence {

    /** how many competences DigComp 2.2 has: the rows migration V2 seeds */
    public static final int COUNT = 21;

    @Id
    @Column(name = "code", length = 5)
    private String code;

    @Column(name = "area", nullable = false, updatable = false)
    private int area;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    protected Competence() {
    }

    public String getCode() {
        return code;
    }

    public int getArea() {
        return area;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getMessageKey() {
        return "digcomp." + code;
    }

    public String getAreaMessageKey() {
        return "digcomp.area." + area;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Competence c && c.code != null && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
