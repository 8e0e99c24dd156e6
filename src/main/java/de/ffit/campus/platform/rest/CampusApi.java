package de.ffit.campus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * JSON under {@code /api}, for scripts and other systems; same accounts as the pages, HTTP Basic. Described by
 * MicroProfile OpenAPI at {@code GET /openapi} (anonymous): the errors every resource shares are named here once
 * (as {@code ProblemMapper}, {@code RequestLimits} and the sign-in mechanism answer them) and referred to by name
 * from the resources.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "ffIT Campus API", version = "1",
                description = "Courses, cohorts, attendance, progress and certificates of ffIT Campus. Every error "
                        + "is application/problem+json in the caller's language (Accept-Language). Records of "
                        + "another organisation, and what the caller's role may not do, answer 404 like missing "
                        + "ones."),
        tags = {
            @Tag(name = "Accounts", description = "Staff accounts (admins)"),
            @Tag(name = "Attendance", description = "Marks per lesson, with ETag and If-Match; the trainer's "
                    + "offline app"),
            @Tag(name = "Audit", description = "Who changed what (admins)"),
            @Tag(name = "Certificates", description = "Issuing, revoking and verifying certificates"),
            @Tag(name = "Cohorts", description = "Cohorts, their lessons and enrolments"),
            @Tag(name = "Courses", description = "Course plans: modules, exercises, competences, translations"),
            @Tag(name = "Guides", description = "Integreat guides linked to exercises and modules"),
            @Tag(name = "Kiosks", description = "Kiosk devices, learners' PINs and cards"),
            @Tag(name = "Learners", description = "The organisation's learners"),
            @Tag(name = "Organisations", description = "Organisations and their locations"),
            @Tag(name = "Privacy", description = "A learner's personal data; retention"),
            @Tag(name = "Progress", description = "Attendance share, exercises and graduation per learner"),
            @Tag(name = "Reports", description = "Impact figures and cohort lists as JSON, CSV and PDF")
        },
        components = @Components(responses = {
            @APIResponse(name = CampusApi.INVALID, responseCode = "400", description = "Invalid input or unreadable "
                    + "JSON; invalid fields one by one under errors",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = CampusApi.UNAUTHORIZED, responseCode = "401", description = "No or wrong HTTP Basic "
                    + "credentials (WWW-Authenticate: Basic); after repeated failures 429 with Retry-After",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = CampusApi.NOT_FOUND, responseCode = "404", description = "Absent, in another "
                    + "organisation, or not allowed for the caller's role (403 is answered as 404)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = CampusApi.CONFLICT, responseCode = "409", description = "A duplicate, a state that "
                    + "forbids the change, or an older version than the stored one",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = CampusApi.TOO_LARGE, responseCode = "413", description = "The body is larger than "
                    + "FFIT_MAX_JSON_BODY; refused unread",
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = CampusApi.TOO_MANY, responseCode = "429", description = "Too many attempts from "
                    + "this address; try again after Retry-After seconds",
                    headers = @Header(name = "Retry-After", schema = @Schema(implementation = Integer.class)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = CampusApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password of an ffIT Campus account")
public class CampusApi extends Application {

    /** the security scheme of every operation but verification */
    public static final String BASIC = "basicAuth";
    /** names of the shared error answers in the OpenAPI document's components */
    public static final String INVALID = "Invalid";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "TooLarge";
    public static final String TOO_MANY = "TooManyRequests";
}
