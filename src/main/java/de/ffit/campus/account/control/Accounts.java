package de.ffit.campus.account.control;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.AuditNote;
import de.ffit.campus.platform.security.CredentialCache;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Accounts: admins manage them across organisations; everyone else only reads who teaches in their own. */
@Stateless
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    CredentialCache credentialCache;

    @Inject
    Event<CredentialCache.AccountChanged> accountChanged;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    /** account changes for the audit trail, in this transaction */
    @Inject
    Event<AuditNote> audit;

    public List<UserAccount> all(Actor actor) {
        actor.requireAdmin();
        return em.createQuery("select a from UserAccount a join fetch a.organisation o "
                + "order by o.name, a.username", UserAccount.class).getResultList();
    }

    public UserAccount find(Actor actor, Long id) {
        actor.requireAdmin();
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null) {
            throw CampusException.notFound("record.account");
        }
        return account;
    }

    /** The active accounts of the actor's organisation that can be assigned to teach a cohort. */
    public List<UserAccount> teachers(Actor actor) {
        return em.createQuery("select a from UserAccount a where a.organisation.id = :org and a.active = true "
                        + "order by a.displayName", UserAccount.class)
                .setParameter("org", actor.organisationId()).getResultList();
    }

    public UserAccount create(Actor actor, AccountDraft draft) {
        actor.requireAdmin();
        drafts.check(draft);
        if (draft.getPassword() == null) {
            throw CampusException.invalid("error.required", "password",
                    new CampusException.MessageKey("field.password"));
        }
        Organisation organisation = organisation(draft.getOrganisationId());
        String username = UserAccount.normaliseUsername(draft.getUsername());
        if (byUsername(username).isPresent()) {
            throw CampusException.duplicate("username", username);
        }
        UserAccount account = new UserAccount(organisation, username, draft.getDisplayName(), draft.getRole(),
                hashing.generate(draft.getPassword().toCharArray()), now());
        em.persist(account);
        Scoped.flush(em, "username", username);
        audit.fire(new AuditNote(actor, account.getOrganisation().getId(), SUBJECT, account.getId(),
                context(account), "CREATED", null, values(account)));
        return account;
    }

    public UserAccount update(Actor actor, Long id, AccountDraft draft) {
        actor.requireAdmin();
        drafts.check(draft);
        UserAccount account = find(actor, id);
        Scoped.requireVersion(account.getVersion(), draft.getVersion());
        if (account.getId() == actor.accountId()
                && (!draft.isActive() || draft.getRole() != account.getRole())) {
            // an admin who demotes or deactivates themself could leave the installation without any admin
            throw CampusException.conflict("error.account.self");
        }
        Map<String, String> before = values(account);
        account.describe(draft.getDisplayName(), draft.getRole());
        account.moveTo(organisation(draft.getOrganisationId()));
        if (draft.isActive()) {
            account.activate();
        } else {
            account.deactivate();
        }
        if (draft.getPassword() != null) {
            account.changePasswordHash(hashing.generate(draft.getPassword().toCharArray()));
        }
        credentialCache.forgetAll();
        accountChanged.fire(new CredentialCache.AccountChanged(account.getId()));
        Map<String, String> after = values(account);
        if (draft.getPassword() != null) {
            // that it was reset, never what to
            before.put("password", "");
            after.put("password", "reset");
        }
        if (!before.equals(after)) {
            audit.fire(new AuditNote(actor, account.getOrganisation().getId(), SUBJECT, account.getId(),
                    context(account), "CHANGED", before, after));
        }
        return account;
    }

    /** the audit trail's name for accounts */
    public static final String SUBJECT = "Account";

    private static String context(UserAccount account) {
        return "account:" + account.getId();
    }

    /** what the audit trail keeps of an account: never its password hash */
    private static Map<String, String> values(UserAccount account) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", account.getUsername());
        values.put("displayName", account.getDisplayName());
        values.put("role", account.getRole().name());
        values.put("organisation", String.valueOf(account.getOrganisation().getId()));
        values.put("active", String.valueOf(account.isActive()));
        return values;
    }

    public List<AccountDraft.OrganisationOption> organisations(Actor actor) {
        actor.requireAdmin();
        return em.createQuery("select o.id, o.name from Organisation o order by o.name", Object[].class)
                .getResultList().stream()
                .map(row -> new AccountDraft.OrganisationOption((Long) row[0], (String) row[1])).toList();
    }

    /** For sign-in: the active account with this user name, if any. */
    public Optional<UserAccount> activeByUsername(String username) {
        return byUsername(username).filter(UserAccount::isActive);
    }

    /**
     * The names people know each other by, for user names that histories and conflicts record: a trainer reads
     * "Maria Schneider changed …", not "trainer2". A user name without an account (deleted) maps to nothing.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select a.username, a.displayName from UserAccount a where a.username in :u", Object[].class)
                .setParameter("u", wanted).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Stores a stronger hash after a successful sign-in with an old one. */
    public void rehash(String username, char[] password) {
        byUsername(username).ifPresent(a -> a.changePasswordHash(hashing.generate(password)));
    }

    /** The signed-in user as the services see them. */
    public Optional<Actor> actor(String username) {
        return activeByUsername(username).map(a -> new Actor(a.getId(), a.getUsername(),
                a.getOrganisation().getId(), a.getRole()));
    }

    private Optional<UserAccount> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", UserAccount.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    private Organisation organisation(Long id) {
        Organisation organisation = id == null ? null : em.find(Organisation.class, id);
        if (organisation == null) {
            throw CampusException.notFound("record.organisation");
        }
        return organisation;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
