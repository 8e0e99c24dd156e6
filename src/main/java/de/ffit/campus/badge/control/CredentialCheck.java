package de.ffit.campus.badge.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a pasted or uploaded credential is (issue 25, items 5 and 6): one of ours, signed by a key its organisation
 * published, within its validity dates and not revoked, or which of these it is not. Anything that is not a JWT,
 * too large or malformed is an answer too, never an exception.
 */
public final class CredentialCheck {

    /** far more than any credential of ours (about 3 KB); anything larger is refused unread */
    public static final int MAX_LENGTH = 64 * 1024;

    public enum Outcome {
        VALID, REVOKED, NOT_A_CREDENTIAL, TOO_LARGE, UNKNOWN_KEY, BAD_SIGNATURE, NOT_YET_VALID, EXPIRED
    }

    /** the outcome, and for a credential whose signature verified: its course, issuer and first valid day */
    public record Finding(Outcome outcome, String course, String issuer, Instant validFrom) {

        static Finding only(Outcome outcome) {
            return new Finding(outcome, null, null, null);
        }
    }

    private CredentialCheck() {
    }

    /**
     * @param keys the public key a kid names, if it is one of an organisation here
     * @param revoked whether the status list named by the credential has its index set (given list URL and index)
     */
    public static Finding check(String token, Function<String, Optional<ECKey>> keys,
            java.util.function.BiPredicate<String, Integer> revoked, Instant now) {
        if (token == null || token.isBlank()) {
            return Finding.only(Outcome.NOT_A_CREDENTIAL);
        }
        if (token.length() > MAX_LENGTH) {
            return Finding.only(Outcome.TOO_LARGE);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        Map<String, Object> vc;
        try {
            jwt = SignedJWT.parse(token.strip());
            claims = jwt.getJWTClaimsSet();
            vc = claims.getJSONObjectClaim("vc");
        } catch (ParseException | RuntimeException e) {
            return Finding.only(Outcome.NOT_A_CREDENTIAL);
        }
        if (vc == null || !JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                || jwt.getHeader().getKeyID() == null) {
            return Finding.only(Outcome.NOT_A_CREDENTIAL);
        }
        Optional<ECKey> key = keys.apply(jwt.getHeader().getKeyID());
        if (key.isEmpty() || claims.getIssuer() == null
                || !jwt.getHeader().getKeyID().startsWith(claims.getIssuer() + "#")) {
            return Finding.only(Outcome.UNKNOWN_KEY);
        }
        try {
            if (!jwt.verify(new ECDSAVerifier(key.get()))) {
                return Finding.only(Outcome.BAD_SIGNATURE);
            }
        } catch (JOSEException e) {
            return Finding.only(Outcome.BAD_SIGNATURE);
        }
        Object issuer = vc.get("issuer");
        String issuerName = issuer instanceof Map<?, ?> profile && profile.get("name") instanceof String n ? n : null;
        String course = vc.get("name") instanceof String n ? n : null;
        Instant from = claims.getNotBeforeTime() == null ? null : claims.getNotBeforeTime().toInstant();
        Finding found = new Finding(Outcome.VALID, course, issuerName, from);
        if (from != null && from.isAfter(now)) {
            return new Finding(Outcome.NOT_YET_VALID, course, issuerName, from);
        }
        if (claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isBefore(now)) {
            return new Finding(Outcome.EXPIRED, course, issuerName, from);
        }
        if (vc.get("credentialStatus") instanceof Map<?, ?> status
                && status.get("statusListCredential") instanceof String list
                && status.get("statusListIndex") instanceof String index) {
            try {
                if (revoked.test(list, Integer.parseInt(index))) {
                    return new Finding(Outcome.REVOKED, course, issuerName, from);
                }
            } catch (NumberFormatException e) {
                return Finding.only(Outcome.NOT_A_CREDENTIAL);
            }
        }
        return found;
    }
}
