package de.ffit.campus.audit.boundary;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/audit.xhtml}: the audit trail for admins. Who changed what and when (attendance marks, lessons,
 * certificates …), from which address, with the values before and after, newest first: by organisation, period,
 * account and kind, or only the security events (sign-ins, lockouts, account and role changes, exports, erasures).
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail trail;

    @Inject
    Organisations organisations;

    @Inject
    CampusSettings settings;

    @Inject
    Clock clock;

    private Long organisationId;
    private LocalDate from;
    private LocalDate to;
    private String who;
    private String subjectType;
    /** only security events: sign-ins, lockouts, accounts, organisations, exports, erasures, kiosks */
    private boolean security;
    private transient List<AuditEvent> events;
    private transient Map<Long, String> names;
    /** the filter's choices, read once per view */
    private transient List<Organisation> organisationChoices;
    private transient List<String> subjectTypeChoices;

    public void load() {
        to = LocalDate.now(clock);
        from = to.minusDays(30);
        show();
    }

    public void show() {
        if (from != null && to != null && from.isAfter(to)) {
            Pages.attempt(() -> {
                throw CampusException.invalid("error.report.period", "from", from, to);
            });
            return;
        }
        events = Pages.attempt(() -> trail.search(currentUser.actor(), organisationId, from, to, who, subjectType,
                security, SHOWN));
    }

    public List<AuditEvent> getEvents() {
        return events == null ? List.of() : events;
    }

    public boolean isCut() {
        return getEvents().size() >= SHOWN;
    }

    public List<Organisation> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = organisations.all(currentUser.actor());
        }
        return organisationChoices;
    }

    public String organisation(long id) {
        if (names == null) {
            names = getOrganisations().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName,
                    (a, b) -> a));
        }
        return names.getOrDefault(id, "#" + id);
    }

    public List<String> getSubjectTypes() {
        if (subjectTypeChoices == null) {
            subjectTypeChoices = trail.subjectTypes(currentUser.actor());
        }
        return subjectTypeChoices;
    }

    public String moment(LocalDateTime utc) {
        return Pages.moment(utc, settings.zone());
    }

    /** The stored JSON of values, as "key: value" lines for people. */
    public String values(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().entrySet().stream()
                    .map(e -> e.getKey() + ": " + (e.getValue() instanceof JsonString s ? s.getString()
                            : e.getValue().toString()))
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException notJson) {
            return json;
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public boolean isSecurity() {
        return security;
    }

    public void setSecurity(boolean security) {
        this.security = security;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }
}
