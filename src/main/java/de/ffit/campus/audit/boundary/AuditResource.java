package de.ffit.campus.audit.boundary;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/audit?from=&to=[&organisationId=&actor=&type=&max=]}: the audit trail for admins, newest first
 * (default the last 30 days, at most 1,000 events). {@code before} and {@code after} are the changed values as
 * JSON text.
 */
@Tag(name = "Audit")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** {@code organisationId} is null for a sign-in with a user name that no account has */
    public record EventJson(long id, Long organisationId, String occurredAt, String actor, String subjectType,
            long subjectId, String context, String action, String before, String after, String clientAddress) {

        static EventJson of(AuditEvent e) {
            return new EventJson(e.getId(), e.getOrganisationId(), e.getOccurredAt().toInstant(ZoneOffset.UTC)
                    .toString(), e.getActor(), e.getSubjectType(), e.getSubjectId(), e.getContext(),
                    e.getAction().name(), e.getBefore(), e.getAfter(), e.getClientAddress());
        }
    }

    @Operation(summary = "The audit trail, newest first (default the last 30 days, at most 1,000 events)")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @GET
    public List<EventJson> events(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("organisationId") Long organisationId, @QueryParam("actor") String actor,
            @QueryParam("type") String type, @QueryParam("security") boolean security,
            @QueryParam("max") Integer max) {
        LocalDate last = date(to, "to", LocalDate.now(clock));
        LocalDate first = date(from, "from", last.minusDays(30));
        if (first.isAfter(last)) {
            throw CampusException.invalid("error.report.period", "from", first, last);
        }
        return trail.search(currentUser.actor(), organisationId, first, last, actor, type, security,
                        max == null ? 200 : max)
                .stream().map(EventJson::of).toList();
    }

    private static LocalDate date(String raw, String field, LocalDate otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw CampusException.invalid("error.report.date", field, raw);
        }
    }
}
