package de.ffit.campus.organisation.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place where cohorts meet. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "address", length = 250)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private LocationKind kind;

    @Version
    private long version;

    protected Location() {
    }

    public Location(Organisation organisation, String name, String address, LocationKind kind) {
        this.organisation = Require.present(organisation, "organisation");
        describe(name, address, kind);
    }

    public final void describe(String newName, String newAddress, LocationKind newKind) {
        this.name = Require.name(newName, "name", 120);
        this.address = Require.optionalName(newAddress, "address", 250);
        this.kind = Require.present(newKind, "kind");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public LocationKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }
}
