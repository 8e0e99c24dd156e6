package de.ffit.campus.badge.control;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import de.ffit.campus.badge.entity.SigningKey;
import de.ffit.campus.badge.entity.StatusList;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisations as credential issuers: their signing keys (made when first needed, one active at a time, the
 * older ones kept), their DID documents, the credentials of their certificates, and their revocation lists.
 */
@Stateless
public class Badges {

    /** the one list per organisation so far: 131,072 credentials */
    public static final int LIST = 1;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** decrypted private keys by kid: signing then costs the signature only */
    private static final Map<String, ECPrivateKey> PRIVATE = new ConcurrentHashMap<>();
    /** each organisation's signed status list as last served, with the revision it shows */
    private static final Map<Long, SignedList> LISTS = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    MasterKey masterKey;

    @Inject
    CampusSettings settings;

    @Inject
    Clock clock;

    /** What a certificate says, for its credential. */
    public record Achievement(long organisationId, String organisation, long courseId, String course,
            String description, String criteria, List<OpenBadge.Competence> competences, int lessonsAttended,
            int lessonsHeld, String learnerName, LocalDate issuedOn) {
    }

    /** The signed credential and its index in the organisation's status list. */
    public record Credential(String jwt, int statusIndex) {
    }

    /** A signed status list and its ETag. */
    public record SignedList(long organisationId, long revision, String etag, String jwt) {
    }

    /**
     * The signed credential of a certificate being issued, in the caller's transaction (issuing holds the
     * organisation's serial counter lock, so the organisation's key and list are made once).
     */
    public Credential issue(Achievement a) {
        String slug = slug(a.organisationId());
        SigningKey key = activeKey(a.organisationId());
        int index = takeIndex(a.organisationId());
        OpenBadge.Issuer issuer = new OpenBadge.Issuer(did(slug), a.organisation(), base());
        OpenBadge.Facts facts = new OpenBadge.Facts("urn:uuid:" + UUID.randomUUID(),
                "urn:uuid:" + UUID.randomUUID(), issuer,
                base() + "/orgs/" + slug + "/achievements/course-" + a.courseId(), a.course(), a.description(),
                a.criteria(), a.competences(), a.lessonsAttended(), a.lessonsHeld(), a.learnerName(),
                Secrets.random(12), a.issuedOn(), new OpenBadge.Status(statusUrl(slug), index));
        String jwt = VcJwt.sign(OpenBadge.credential(facts), issuer.did() + "#" + key.getKid(), privateKey(key));
        return new Credential(jwt, index);
    }

    /** A revoked certificate's credential: its bit is set now, and the next request for the list sees it. */
    public void revoke(long organisationId, int statusIndex) {
        StatusList list = lockedList(organisationId).orElseThrow(
                () -> new IllegalStateException("no status list for organisation " + organisationId));
        byte[] bits = list.bits();
        if (!StatusBits.get(bits, statusIndex)) {
            StatusBits.set(bits, statusIndex);
            list.replaceBits(bits, now());
        }
        em.flush();
        LISTS.remove(organisationId);
    }

    /** An admin replaces an organisation's signing key; the old public key stays in its DID document. */
    public String rekey(Actor actor, long organisationId) {
        actor.requireAdmin();
        lockOrganisation(organisationId);
        em.createQuery("select k from SigningKey k where k.activeFor = :org", SigningKey.class)
                .setParameter("org", organisationId).getResultList().forEach(k -> k.retire(now()));
        em.flush();
        SigningKey made = newKey(organisationId);
        LISTS.remove(organisationId);
        return made.getKid();
    }

    /** The DID document of the organisation with this slug: every public key it ever signed with. */
    public Optional<Map<String, Object>> didDocument(String slug) {
        Optional<Long> org = organisationOf(slug);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        String did = did(slug);
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> assertion = new ArrayList<>();
        for (SigningKey k : em.createQuery("select k from SigningKey k where k.organisationId = :org "
                + "order by k.createdAt, k.id", SigningKey.class).setParameter("org", org.get()).getResultList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", did + "#" + k.getKid());
            m.put("type", "JsonWebKey2020");
            m.put("controller", did);
            m.put("publicKeyJwk", publicJwk(k).toJSONObject());
            methods.add(m);
            assertion.add(did + "#" + k.getKid());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
        doc.put("id", did);
        doc.put("verificationMethod", methods);
        doc.put("assertionMethod", assertion);
        return Optional.of(doc);
    }

    /**
     * The organisation's status list as a signed BitstringStatusListCredential; signed again only after a
     * revocation (a request otherwise reads the list's revision and answers the document signed before).
     */
    public Optional<SignedList> statusList(String slug) {
        Optional<Long> org = organisationOf(slug);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        List<Long> revision = em.createQuery("select s.revision from StatusList s where s.organisationId = :org "
                + "and s.listNumber = :n", Long.class).setParameter("org", org.get()).setParameter("n", LIST)
                .getResultList();
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        SignedList cached = LISTS.get(org.get());
        if (cached != null && cached.revision() == revision.get(0)) {
            return Optional.of(cached);
        }
        StatusList list = em.createQuery("select s from StatusList s where s.organisationId = :org "
                + "and s.listNumber = :n", StatusList.class).setParameter("org", org.get()).setParameter("n", LIST)
                .getSingleResult();
        List<SigningKey> active = em.createQuery("select k from SigningKey k where k.activeFor = :org",
                SigningKey.class).setParameter("org", org.get()).getResultList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        String did = did(slug);
        String url = statusUrl(slug);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", StatusBits.encoded(list.bits()));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(OpenBadge.VC_CONTEXT));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", did);
        vc.put("validFrom", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                list.getUpdatedAt().withNano(0).toInstant(ZoneOffset.UTC)));
        vc.put("credentialSubject", subject);
        String jwt = VcJwt.sign(vc, did + "#" + active.get(0).getKid(), privateKey(active.get(0)));
        SignedList signed = new SignedList(org.get(), list.getRevision(),
                "\"" + list.getRevision() + "-" + active.get(0).getKid() + "\"", jwt);
        LISTS.put(org.get(), signed);
        return Optional.of(signed);
    }

    /**
     * A credential someone pasted or uploaded: signed by a key of an organisation here (its kid names our did:web),
     * within its dates, and not revoked in that organisation's list.
     */
    public CredentialCheck.Finding check(String token) {
        return CredentialCheck.check(token, this::publicKey, this::revoked, clock.instant());
    }

    private Optional<ECKey> publicKey(String kid) {
        int hash = kid.indexOf('#');
        int orgs = kid.lastIndexOf(":orgs:", hash);
        if (hash < 0 || orgs < 0) {
            return Optional.empty();
        }
        String slug = kid.substring(orgs + ":orgs:".length(), hash);
        Optional<Long> org = organisationOf(slug);
        if (org.isEmpty() || !did(slug).equals(kid.substring(0, hash))) {
            return Optional.empty();
        }
        return em.createQuery("select k from SigningKey k where k.kid = :kid and k.organisationId = :org",
                        SigningKey.class).setParameter("kid", kid.substring(hash + 1)).setParameter("org", org.get())
                .getResultList().stream().findFirst().map(Badges::publicJwk);
    }

    private boolean revoked(String listUrl, int index) {
        String prefix = base() + "/orgs/";
        String suffix = "/status/" + LIST;
        if (!listUrl.startsWith(prefix) || !listUrl.endsWith(suffix) || index < 0 || index >= StatusBits.SIZE) {
            return false;
        }
        Optional<Long> org = organisationOf(listUrl.substring(prefix.length(), listUrl.length() - suffix.length()));
        return org.flatMap(o -> em.createQuery("select s from StatusList s where s.organisationId = :org "
                        + "and s.listNumber = :n", StatusList.class).setParameter("org", o).setParameter("n", LIST)
                .getResultList().stream().findFirst()).map(list -> StatusBits.get(list.bits(), index)).orElse(false);
    }

    /** did:web of the organisation on the public address: host (port as %3A), path segments, orgs, slug */
    public String did(String slug) {
        URI uri = URI.create(base());
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        return did.append(":orgs:").append(slug).toString();
    }

    public String statusUrl(String slug) {
        return base() + "/orgs/" + slug + "/status/" + LIST;
    }

    private String base() {
        return settings.publicUrl();
    }

    /** the organisation's slug, given now if it has none yet (region and id: unique, never changed) */
    String slug(long organisationId) {
        Object[] row = (Object[]) em.createNativeQuery("select slug, integreat_region from organisation where id = ?1")
                .setParameter(1, organisationId).getSingleResult();
        if (row[0] != null) {
            return (String) row[0];
        }
        String slug = row[1] + "-" + organisationId;
        em.createNativeQuery("update organisation set slug = ?2 where id = ?1 and slug is null")
                .setParameter(1, organisationId).setParameter(2, slug).executeUpdate();
        return slug;
    }

    private Optional<Long> organisationOf(String slug) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select id from organisation where slug = ?1").setParameter(1, slug)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
    }

    /** The active key, made when the organisation has none: under its row lock, so two instances make one. */
    SigningKey activeKey(long organisationId) {
        Optional<SigningKey> active = findActive(organisationId);
        if (active.isPresent()) {
            return active.get();
        }
        lockOrganisation(organisationId);
        return findActive(organisationId).orElseGet(() -> newKey(organisationId));
    }

    private Optional<SigningKey> findActive(long organisationId) {
        return em.createQuery("select k from SigningKey k where k.activeFor = :org", SigningKey.class)
                .setParameter("org", organisationId).getResultList().stream().findFirst();
    }

    private void lockOrganisation(long organisationId) {
        List<?> found = em.createNativeQuery("select id from organisation where id = ?1 for update")
                .setParameter(1, organisationId).getResultList();
        if (found.isEmpty()) {
            throw CampusException.notFound("record.organisation");
        }
    }

    private SigningKey newKey(long organisationId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            String kid = "key-" + Secrets.random(12);
            ECKey jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).keyID(kid).build();
            SigningKey key = new SigningKey(organisationId, kid, jwk.toPublicJWK().toJSONString(),
                    masterKey.encrypt(pair.getPrivate().getEncoded(), kid), now());
            em.persist(key);
            em.flush();
            PRIVATE.put(kid, (ECPrivateKey) pair.getPrivate());
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a P-256 key", e);
        }
    }

    private ECPrivateKey privateKey(SigningKey key) {
        return PRIVATE.computeIfAbsent(key.getKid(), kid -> {
            byte[] pkcs8 = masterKey.decrypt(key.getPrivateKey(), kid);
            try {
                return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } finally {
                java.util.Arrays.fill(pkcs8, (byte) 0);
            }
        });
    }

    private static ECKey publicJwk(SigningKey key) {
        try {
            return ECKey.parse(key.getPublicJwk()).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** a random index not yet given in the organisation's list, taken under the list's row lock */
    private int takeIndex(long organisationId) {
        StatusList list = lockedList(organisationId).orElseGet(() -> {
            StatusList made = new StatusList(organisationId, LIST, StatusBits.empty(), now());
            em.persist(made);
            em.flush();
            return made;
        });
        byte[] taken = list.taken();
        int index = RANDOM.nextInt(StatusBits.SIZE);
        // a full list would loop for ever; 131,072 certificates are far away, and then a second list is due
        for (int tries = 0; StatusBits.get(taken, index); tries++) {
            if (tries > StatusBits.SIZE) {
                throw new IllegalStateException("the status list of organisation " + organisationId + " is full");
            }
            index = RANDOM.nextInt(StatusBits.SIZE);
        }
        StatusBits.set(taken, index);
        list.replaceTaken(taken);
        return index;
    }

    private Optional<StatusList> lockedList(long organisationId) {
        return em.createQuery("select s from StatusList s where s.organisationId = :org and s.listNumber = :n",
                        StatusList.class).setParameter("org", organisationId).setParameter("n", LIST)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
