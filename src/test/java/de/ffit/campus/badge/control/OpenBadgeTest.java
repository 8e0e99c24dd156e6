package de.ffit.campus.badge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, items 1 and 2: the credential's required Open Badges 3.0 fields, checked one by one (the official JSON
 * schema is not vendored: no licence that allows it was found), and its signature as a VC-JWT.
 */
class OpenBadgeTest {

    static final String DID = "did:web:campus.example.org:orgs:augsburg-1";
    static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
    }

    static OpenBadge.Facts facts() {
        return new OpenBadge.Facts("urn:uuid:8c0e1e2a-3a8e-4a4b-9a53-3b9f5a1c2d11",
                "urn:uuid:1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
                new OpenBadge.Issuer(DID, "Stadt Augsburg", "https://campus.example.org"),
                "https://campus.example.org/orgs/augsburg-1/achievements/course-3", "Digitale Grundlagen",
                "Computer, Smartphone und Internet", "Graduation: at least 75 % attendance, all mandatory exercises "
                        + "and at least 60 % of all exercises.",
                List.of(new OpenBadge.Competence("1.1", "Browsing, searching and filtering data"),
                        new OpenBadge.Competence("4.2", "Protecting personal data and privacy")),
                14, 16, "Amina Yousef", "c2FsdHNhbHQ", LocalDate.of(2026, 11, 30),
                new OpenBadge.Status("https://campus.example.org/orgs/augsburg-1/status/1", 4711));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, () -> "an object expected: " + o);
        return (Map<String, Object>) o;
    }

    static List<Object> list(Object o) {
        assertTrue(o instanceof List, () -> "an array expected: " + o);
        return List.copyOf((List<?>) o);
    }

    @Test
    void credentialHasTheContextsTypeIdDateAndName() {
        Map<String, Object> vc = OpenBadge.credential(facts());
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), vc.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertTrue(((String) vc.get("id")).matches("urn:uuid:[0-9a-f-]{36}"), (String) vc.get("id"));
        assertEquals("2026-11-30T00:00:00Z", vc.get("validFrom"));
        assertEquals("Digitale Grundlagen", vc.get("name"));
    }

    @Test
    void issuerIsTheOrganisationsProfile() {
        Map<String, Object> issuer = map(OpenBadge.credential(facts()).get("issuer"));
        assertEquals(DID, issuer.get("id"));
        assertEquals(List.of("Profile"), issuer.get("type"));
        assertEquals("Stadt Augsburg", issuer.get("name"));
        assertEquals("https://campus.example.org", issuer.get("url"));
    }

    @Test
    void subjectIsIdentifiedByASaltedHashOfThePrintedNameOnly() throws Exception {
        Map<String, Object> subject = map(OpenBadge.credential(facts()).get("credentialSubject"));
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        List<Object> identifiers = list(subject.get("identifier"));
        assertEquals(1, identifiers.size());
        Map<String, Object> identity = map(identifiers.get(0));
        assertEquals("IdentityObject", identity.get("type"));
        assertEquals("name", identity.get("identityType"));
        assertEquals(true, identity.get("hashed"));
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest(("Amina Yousef" + "c2FsdHNhbHQ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("sha256$" + java.util.HexFormat.of().formatHex(expected), identity.get("identityHash"));
        String all = OpenBadge.credential(facts()).toString();
        assertFalse(all.contains("Amina"), "the name itself must not be in the credential: " + all);
        assertFalse(all.contains("birth") || all.contains("email"), all);
    }

    @Test
    void achievementHasCriteriaAlignmentsAndTheAttendanceResult() {
        Map<String, Object> subject = map(OpenBadge.credential(facts()).get("credentialSubject"));
        Map<String, Object> achievement = map(subject.get("achievement"));
        for (String required : List.of("id", "type", "criteria", "description", "name")) {
            assertNotNull(achievement.get(required), required);
        }
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertTrue(((String) map(achievement.get("criteria")).get("narrative")).contains("75 %"));
        List<Object> alignments = list(achievement.get("alignment"));
        assertEquals(2, alignments.size());
        for (Object a : alignments) {
            Map<String, Object> alignment = map(a);
            assertEquals(List.of("Alignment"), alignment.get("type"));
            assertNotNull(alignment.get("targetName"));
            assertTrue(((String) alignment.get("targetUrl")).startsWith("https://"));
            assertEquals("DigComp 2.2", alignment.get("targetFramework"));
        }
        assertEquals("1.1", map(alignments.get(0)).get("targetCode"));
        Map<String, Object> description = map(list(achievement.get("resultDescription")).get(0));
        for (String required : List.of("id", "type", "name", "resultType")) {
            assertNotNull(description.get(required), required);
        }
        assertEquals("16", description.get("valueMax"));
        Map<String, Object> result = map(list(subject.get("result")).get(0));
        assertEquals(List.of("Result"), result.get("type"));
        assertEquals("14", result.get("value"));
        assertEquals(description.get("id"), result.get("resultDescription"));
    }

    @Test
    void statusIsABitstringStatusListEntry() {
        Map<String, Object> status = map(OpenBadge.credential(facts()).get("credentialStatus"));
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertEquals("revocation", status.get("statusPurpose"));
        assertEquals("4711", status.get("statusListIndex"));
        assertEquals("https://campus.example.org/orgs/augsburg-1/status/1", status.get("statusListCredential"));
        assertEquals("https://campus.example.org/orgs/augsburg-1/status/1#4711", status.get("id"));
    }

    @Test
    void signedAsVcJwtWithOnlyAlgKidTypAndTheFiveClaims() throws Exception {
        String jwt = VcJwt.sign(OpenBadge.credential(facts()), DID + "#key-1", (ECPrivateKey) keys.getPrivate());
        SignedJWT parsed = SignedJWT.parse(jwt);
        assertEquals(Set.of("alg", "kid", "typ"), parsed.getHeader().toJSONObject().keySet());
        assertEquals("ES256", parsed.getHeader().getAlgorithm().getName());
        assertEquals(DID + "#key-1", parsed.getHeader().getKeyID());
        assertEquals("JWT", parsed.getHeader().getType().getType());
        var claims = parsed.getJWTClaimsSet();
        assertEquals(Set.of("iss", "jti", "nbf", "sub", "vc"), claims.getClaims().keySet());
        assertEquals(DID, claims.getIssuer());
        assertEquals(facts().credentialId(), claims.getJWTID());
        assertEquals(facts().subjectId(), claims.getSubject());
        assertEquals(java.time.Instant.parse("2026-11-30T00:00:00Z"), claims.getNotBeforeTime().toInstant());
        assertEquals("Digitale Grundlagen", claims.getJSONObjectClaim("vc").get("name"));
    }

    @Test
    void signatureVerifiesWithThePublicJwkAndFailsAfterAOneByteChange() throws Exception {
        String jwt = VcJwt.sign(OpenBadge.credential(facts()), DID + "#key-1", (ECPrivateKey) keys.getPrivate());
        ECKey published = ECKey.parse(new ECKey.Builder(Curve.P_256, (ECPublicKey) keys.getPublic()).build()
                .toPublicJWK().toJSONString());
        assertFalse(published.isPrivate());
        assertTrue(JWSObject.parse(jwt).verify(new ECDSAVerifier(published)));

        String[] parts = jwt.split("\\.");
        byte[] payload = new Base64URL(parts[1]).decode();
        int at = new String(payload, java.nio.charset.StandardCharsets.UTF_8).indexOf("Digitale");
        payload[at] = (byte) 'd';
        String tamperedPayload = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        assertFalse(JWSObject.parse(tamperedPayload).verify(new ECDSAVerifier(published)));

        byte[] signature = new Base64URL(parts[2]).decode();
        signature[10] ^= 1;
        String tamperedSignature = parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
        assertFalse(JWSObject.parse(tamperedSignature).verify(new ECDSAVerifier(published)));
    }
}
