package de.ffit.campus.badge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 25, items 5 and 6: a pasted credential is checked, and bad input gets an outcome, never an exception. */
class CredentialCheckTest {

    static final String KID = OpenBadgeTest.DID + "#key-1";
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static KeyPair keys;
    static Function<String, Optional<ECKey>> ours;
    static final BiPredicate<String, Integer> NONE_REVOKED = (list, index) -> false;

    @BeforeAll
    static void keys() throws Exception {
        OpenBadgeTest.keys();
        keys = OpenBadgeTest.keys;
        ECKey published = new ECKey.Builder(Curve.P_256, (ECPublicKey) keys.getPublic()).build();
        ours = kid -> KID.equals(kid) ? Optional.of(published) : Optional.empty();
    }

    static String signed() {
        return VcJwt.sign(OpenBadge.credential(OpenBadgeTest.facts()), KID, (ECPrivateKey) keys.getPrivate());
    }

    static CredentialCheck.Outcome outcome(String token) {
        return CredentialCheck.check(token, ours, NONE_REVOKED, NOW).outcome();
    }

    @Test
    void ourCredentialIsValidWithItsCourseAndIssuer() {
        CredentialCheck.Finding found = CredentialCheck.check(signed(), ours, NONE_REVOKED, NOW);
        assertEquals(CredentialCheck.Outcome.VALID, found.outcome());
        assertEquals("Digitale Grundlagen", found.course());
        assertEquals("Stadt Augsburg", found.issuer());
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), found.validFrom());
    }

    @Test
    void revokedWhenItsBitIsSet() {
        BiPredicate<String, Integer> revoked = (list, index) -> list.endsWith("/orgs/augsburg-1/status/1")
                && index == 4711;
        assertEquals(CredentialCheck.Outcome.REVOKED, CredentialCheck.check(signed(), ours, revoked, NOW).outcome());
    }

    @Test
    void badInputGetsAnOutcomeEachNeverAnException() throws Exception {
        assertEquals(CredentialCheck.Outcome.NOT_A_CREDENTIAL, outcome("hello"));
        assertEquals(CredentialCheck.Outcome.NOT_A_CREDENTIAL, outcome("a.b.c"));
        assertEquals(CredentialCheck.Outcome.NOT_A_CREDENTIAL, outcome(""));
        assertEquals(CredentialCheck.Outcome.TOO_LARGE, outcome(signed() + "x".repeat(70_000)));

        String jwt = signed();
        String[] parts = jwt.split("\\.");
        char c = parts[2].charAt(7);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 7) + (c == 'A' ? 'B' : 'A')
                + parts[2].substring(8);
        assertEquals(CredentialCheck.Outcome.BAD_SIGNATURE, outcome(tampered));

        assertEquals(CredentialCheck.Outcome.UNKNOWN_KEY,
                CredentialCheck.check(jwt, kid -> Optional.empty(), NONE_REVOKED, NOW).outcome());

        assertEquals(CredentialCheck.Outcome.NOT_YET_VALID, CredentialCheck.check(jwt, ours, NONE_REVOKED,
                Instant.parse("2026-11-29T00:00:00Z")).outcome());

        JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder(SignedJWT.parse(jwt).getJWTClaimsSet())
                .expirationTime(Date.from(Instant.parse("2026-12-01T00:00:00Z"))).build();
        SignedJWT expired = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KID)
                .type(JOSEObjectType.JWT).build(), expiredClaims);
        expired.sign(new ECDSASigner((ECPrivateKey) keys.getPrivate()));
        assertEquals(CredentialCheck.Outcome.EXPIRED, outcome(expired.serialize()));
    }
}
