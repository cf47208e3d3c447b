package io.weeklyreport.mail;

import java.util.Objects;

/**
 * Why a message could not be composed or sent, as one line a person can act on ({@link #getMessage()}): it names
 * the server and what went wrong, never a Java class. The {@link Kind} lets a caller tell the cases apart; the cause,
 * where there is one, is kept for a verbose mode.
 */
public final class MailFailure extends Exception {

    /** The classes of failure, each with its own message (see the README's mailing section). */
    public enum Kind {
        /** A From, To or Cc that is not an e-mail address. */
        ADDRESS,
        /** Something in the message itself: a bad content id or media type, no sender or recipient to send to. */
        CONTENT,
        /** Settings that cannot work: a password with no encryption, a user with no password, an unreadable certificate. */
        SETTINGS,
        /** The server could not be reached: connection refused, unknown host, no route. */
        CONNECTION,
        /** The server did not answer in time (connecting, reading or writing). */
        TIMEOUT,
        /** No encrypted connection: STARTTLS not offered, an untrusted or wrong certificate, a failed handshake. */
        TLS,
        /** The server refused the login. */
        AUTHENTICATION,
        /** The server refused a recipient; nothing was sent. */
        RECIPIENT_REJECTED,
        /** The server refused the sender or the message (too large, policy). */
        MESSAGE_REJECTED,
        /** Any other answer or silence of the server: a bad greeting, a closed connection, an unexpected reply. */
        SERVER
    }

    private final Kind kind;

    MailFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    MailFailure(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
