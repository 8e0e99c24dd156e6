package de.ffit.campus.platform.security;

import java.util.Set;

/** What an account may do. An admin also coordinates in their own organisation. */
public enum Role {
    ADMIN,
    COORDINATOR,
    TRAINER;

    /** The security groups (= Jakarta EE roles) an account of this role is in. */
    public Set<String> groups() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN.name(), COORDINATOR.name());
            case COORDINATOR -> Set.of(COORDINATOR.name());
            case TRAINER -> Set.of(TRAINER.name());
        };
    }
}
