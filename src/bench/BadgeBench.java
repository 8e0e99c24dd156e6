import de.ffit.campus.badge.control.OpenBadge;
import de.ffit.campus.badge.control.StatusBits;
import de.ffit.campus.badge.control.VcJwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What issue 25 adds to issuing one certificate, in-process: its OpenBadgeCredential built and signed as a VC-JWT
 * (ES256, the JDK's P-256), the organisation's private key already decrypted (the app keeps it in memory after the
 * first use); and what a revocation adds to the next status list request: the 131,072-bit list gzipped, encoded and
 * signed. p50/p95/mean per operation in milliseconds.
 * Usage (through src/bench/badges.sh): java -cp CLASSPATH BadgeBench [ROUNDS]
 */
public class BadgeBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        ECPrivateKey key = (ECPrivateKey) keys.getPrivate();
        String did = "did:web:campus.example.org:orgs:augsburg-1";
        List<OpenBadge.Competence> competences = List.of(new OpenBadge.Competence("1.1", "Browsing, searching and "
                + "filtering data, information and digital content"), new OpenBadge.Competence("2.1",
                "Interacting through digital technologies"), new OpenBadge.Competence("4.2",
                "Protecting personal data and privacy"));

        long[] sign = new long[rounds];
        int length = 0;
        for (int i = -rounds / 5; i < rounds; i++) {
            long t = System.nanoTime();
            OpenBadge.Facts facts = new OpenBadge.Facts("urn:uuid:" + UUID.randomUUID(),
                    "urn:uuid:" + UUID.randomUUID(), new OpenBadge.Issuer(did, "Stadt Augsburg",
                    "https://campus.example.org"), "https://campus.example.org/orgs/augsburg-1/achievements/course-3",
                    "Digitale Grundlagen", "Computer, Smartphone und Internet", "Graduation: at least 75 % "
                    + "attendance, all mandatory exercises and at least 60 % of all exercises.", competences, 14,
                    16, "Amina Haddad " + i, "c2FsdHNhbHQ", LocalDate.of(2026, 11, 30),
                    new OpenBadge.Status("https://campus.example.org/orgs/augsburg-1/status/1", Math.floorMod(i,
                            StatusBits.SIZE)));
            String jwt = VcJwt.sign(OpenBadge.credential(facts), did + "#key-1", key);
            if (i >= 0) {
                sign[i] = System.nanoTime() - t;
                length = jwt.length();
            }
        }
        report("credential built and signed", sign);
        System.out.printf("credential size: %,d characters of JWT%n", length);

        byte[] bits = StatusBits.empty();
        int lists = Math.max(50, rounds / 20);
        long[] list = new long[lists];
        int encodedLength = 0;
        for (int i = -lists / 5; i < lists; i++) {
            StatusBits.set(bits, Math.floorMod(i * 7919, StatusBits.SIZE));
            long t = System.nanoTime();
            String encoded = StatusBits.encoded(bits);
            java.util.Map<String, Object> vc = new java.util.LinkedHashMap<>();
            vc.put("id", "https://campus.example.org/orgs/augsburg-1/status/1");
            vc.put("issuer", did);
            vc.put("validFrom", "2026-12-07T00:00:00Z");
            vc.put("credentialSubject", java.util.Map.of("type", "BitstringStatusList", "encodedList", encoded));
            VcJwt.sign(vc, did + "#key-1", key);
            if (i >= 0) {
                list[i] = System.nanoTime() - t;
                encodedLength = encoded.length();
            }
        }
        report("status list encoded and signed (after a revocation)", list);
        System.out.printf("status list: %,d revoked of %,d, encodedList %,d characters%n", lists + lists / 5,
                StatusBits.SIZE, encodedLength);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("%s: %,d runs, p50 %.3f ms, p95 %.3f ms, mean %.3f ms%n", what, nanos.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, mean);
    }
}
