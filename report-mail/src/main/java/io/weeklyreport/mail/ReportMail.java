package io.weeklyreport.mail;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The mail module's one entry point: {@link #compose} turns a {@link MailMessage} into MIME (written as an
 * {@code .eml} draft with {@link ComposedMail#writeTo}); {@link #send} delivers it over SMTP. Nothing is sent but
 * by {@code send}.
 */
public final class ReportMail {

    private ReportMail() {
    }

    /**
     * The message as MIME, dated now: {@code multipart/mixed} of the body and the attachments, the body a
     * {@code multipart/related} of the plain/HTML {@code multipart/alternative} and the inline images (a level
     * with nothing to add is left out: no images, no {@code related}; no attachments, no {@code mixed}).
     *
     * @throws MailFailure {@link MailFailure.Kind#ADDRESS} for a From/To/Cc that is no address,
     *                     {@link MailFailure.Kind#CONTENT} for a bad content id or media type
     */
    public static ComposedMail compose(MailMessage message) throws MailFailure {
        return compose(message, ZonedDateTime.now());
    }

    /** As {@link #compose(MailMessage)}, with this {@code Date} (and its offset). */
    public static ComposedMail compose(MailMessage message, ZonedDateTime date) throws MailFailure {
        return MimeComposer.compose(message, date);
    }

    /** Sends without logging in (a relay that takes mail from this machine or network). */
    public static Sent send(ComposedMail mail, SmtpSettings settings) throws MailFailure {
        return SmtpDelivery.send(mail, settings, Optional.empty());
    }

    /**
     * Sends, logging in as {@link SmtpSettings#user()} with this password. With {@code starttls} (the default) or
     * {@code ssl} the login and the message travel only over the encrypted connection; with {@code none} a password
     * is refused.
     *
     * @throws MailFailure one line naming the server and the problem: see {@link MailFailure.Kind}
     */
    public static Sent send(ComposedMail mail, SmtpSettings settings, Password password) throws MailFailure {
        return SmtpDelivery.send(mail, settings, Optional.of(password));
    }
}
