package de.ffit.campus.badge.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A credential signed as a VC-JWT the way Open Badges 3.0 (section 8.2, VC-JWT) says: ES256, a header of only
 * {@code alg}, {@code kid} and {@code typ}, and the claims {@code iss}, {@code jti}, {@code nbf}, {@code sub} (when
 * the credential has a subject id) and {@code vc}.
 */
public final class VcJwt {

    private VcJwt() {
    }

    @SuppressWarnings("unchecked")
    public static String sign(Map<String, Object> vc, String kid, ECPrivateKey key) {
        Object issuer = vc.get("issuer");
        String iss = issuer instanceof Map<?, ?> profile ? (String) profile.get("id") : (String) issuer;
        Object subject = vc.get("credentialSubject");
        String sub = subject instanceof Map<?, ?> s ? (String) ((Map<String, Object>) s).get("id") : null;
        Instant validFrom = Instant.parse((String) vc.get("validFrom"));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(iss).jwtID((String) vc.get("id"))
                .notBeforeTime(Date.from(validFrom)).claim("vc", vc);
        if (sub != null) {
            claims.subject(sub);
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a credential", e);
        }
        return jwt.serialize();
    }
}
