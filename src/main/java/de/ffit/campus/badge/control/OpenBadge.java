package de.ffit.campus.badge.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code OpenBadgeCredential} of a certificate as Open Badges 3.0 describes it (VC Data Model 2.0): issuer the
 * organisation's did:web profile, subject identified only by a salted hash of the name as printed, the course as
 * the achievement with its graduation rule as criteria, DigComp 2.2 competences as alignments and the lessons
 * attended as a result. A plain map, so that it is signed exactly as built.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String DIGCOMP = "https://joint-research-centre.ec.europa.eu/scientific-activities-z/"
            + "education-and-training/digital-transformation-education/digital-competence-framework-citizens-digcomp_en";

    private OpenBadge() {
    }

    /** A DigComp 2.2 competence as the certificate names it. */
    public record Competence(String code, String name) {
    }

    /** What the credential says; every text as the certificate printed it. */
    public record Facts(String credentialId, String subjectId, Issuer issuer, String achievementId, String course,
            String description, String criteria, List<Competence> competences, int lessonsAttended,
            int lessonsHeld, String learnerName, String salt, LocalDate validFrom, Status status) {
    }

    /** The organisation as issuer: its did:web, name and web address. */
    public record Issuer(String did, String name, String url) {
    }

    /** The credential's entry in its organisation's status list. */
    public record Status(String listUrl, int index) {
    }

    public static Map<String, Object> credential(Facts f) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", f.credentialId());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", profile(f.issuer()));
        vc.put("validFrom", instant(f.validFrom()));
        vc.put("name", f.course());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", f.subjectId());
        subject.put("type", List.of("AchievementSubject"));
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", identityHash(f.learnerName(), f.salt()));
        identity.put("identityType", "name");
        identity.put("hashed", true);
        identity.put("salt", f.salt());
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement(f));
        String attendedId = f.achievementId() + "#lessons-attended";
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", List.of("Result"));
        result.put("resultDescription", attendedId);
        result.put("value", Integer.toString(f.lessonsAttended()));
        subject.put("result", List.of(result));
        vc.put("credentialSubject", subject);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", f.status().listUrl() + "#" + f.status().index());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(f.status().index()));
        status.put("statusListCredential", f.status().listUrl());
        vc.put("credentialStatus", status);
        return vc;
    }

    private static Map<String, Object> achievement(Facts f) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", f.achievementId());
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "Certificate");
        a.put("name", f.course());
        a.put("description", f.description() == null || f.description().isBlank() ? f.course() : f.description());
        a.put("criteria", Map.of("narrative", f.criteria()));
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (Competence c : f.competences()) {
            Map<String, Object> al = new LinkedHashMap<>();
            al.put("type", List.of("Alignment"));
            al.put("targetName", c.name());
            al.put("targetUrl", DIGCOMP);
            al.put("targetFramework", "DigComp 2.2");
            al.put("targetCode", c.code());
            al.put("targetType", "ext:DigCompCompetence");
            alignments.add(al);
        }
        if (!alignments.isEmpty()) {
            a.put("alignment", alignments);
        }
        Map<String, Object> rd = new LinkedHashMap<>();
        rd.put("id", f.achievementId() + "#lessons-attended");
        rd.put("type", List.of("ResultDescription"));
        rd.put("name", "Lessons attended of " + f.lessonsHeld() + " held");
        rd.put("resultType", "RawScore");
        rd.put("valueMin", "0");
        rd.put("valueMax", Integer.toString(f.lessonsHeld()));
        a.put("resultDescription", List.of(rd));
        a.put("creator", profile(f.issuer()));
        return a;
    }

    private static Map<String, Object> profile(Issuer issuer) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", issuer.did());
        p.put("type", List.of("Profile"));
        p.put("name", issuer.name());
        p.put("url", issuer.url());
        return p;
    }

    /** A date as VC 2.0 writes it: midnight UTC of that day */
    public static String instant(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Open Badges 3.0's salted hash: {@code sha256$} and the hex of SHA-256 over the value followed by the salt */
    public static String identityHash(String value, String salt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((value + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
