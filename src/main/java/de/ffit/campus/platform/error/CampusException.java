package de.ffit.campus.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal the user can act on: the record does not exist (for this user), it clashes with another one, it
 * was changed by someone else meanwhile, or the input breaks a rule. It carries a message key and arguments,
 * never a sentence, so each boundary can say it in the user's language. The transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class CampusException extends RuntimeException {

    public enum Kind {
        /** absent, or in another organisation: the two look the same from outside */
        NOT_FOUND(404),
        /** a duplicate, or a state that forbids the change */
        CONFLICT(409),
        /** someone else saved a newer version meanwhile */
        STALE(409),
        /** the input breaks a rule of the domain */
        INVALID(400),
        /** the version the client based its change on is no longer the current one (HTTP If-Match) */
        PRECONDITION_FAILED(412),
        /** signed in, but this role may not do it */
        FORBIDDEN(403);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;
    private final String field;

    public CampusException(Kind kind, String key, String field, Object... args) {
        super(key + Arrays.toString(args));
        this.kind = kind;
        this.key = key;
        this.field = field;
        this.args = args.clone();
    }

    /** {@code what} is a message key naming the kind of record, e.g. {@code record.course}. */
    public static CampusException notFound(String what) {
        return new CampusException(Kind.NOT_FOUND, "error.notFound", null, new MessageKey(what));
    }

    public static CampusException duplicate(String field, Object value) {
        return new CampusException(Kind.CONFLICT, "error.duplicate." + field, field, value);
    }

    public static CampusException preconditionFailed() {
        return new CampusException(Kind.PRECONDITION_FAILED, "error.stale", null);
    }

    public static CampusException stale() {
        return new CampusException(Kind.STALE, "error.stale", null);
    }

    public static CampusException invalid(String key, String field, Object... args) {
        return new CampusException(Kind.INVALID, key, field, args);
    }

    public static CampusException conflict(String key, Object... args) {
        return new CampusException(Kind.CONFLICT, key, null, args);
    }

    public static CampusException forbidden() {
        return new CampusException(Kind.FORBIDDEN, "error.forbidden", null);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    /** the input field the message is about, or null */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** An argument that is itself a message key, translated before it is put into the sentence. */
    public record MessageKey(String key) {
    }

    /** An argument made of whole sentences, each a message key with its own arguments, said one after another. */
    public record Sentences(List<Sentence> items) {
    }

    public record Sentence(String key, List<Object> args) {
    }
}
