package io.weeklyreport.cli;

import io.weeklyreport.mail.MailFailure;
import io.weeklyreport.mail.Password;
import io.weeklyreport.mail.SmtpSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The {@code mail:} settings that say where and how {@code --send} delivers, as report-mail's {@link SmtpSettings},
 * and the password from where the settings say it is: an environment variable ({@code password-env}) or a file
 * ({@code password-file}), never the command line or the YAML. Every mistake is one line naming the setting and
 * where it was set.
 */
final class SmtpAccount {
    private SmtpAccount() {
    }

    static SmtpSettings settings(Settings settings) throws SettingsException {
        String host = settings.get(Setting.MAIL_HOST);
        if (host == null || host.isBlank()) {
            throw new SettingsException("--send needs a mail server: set host: below mail: in " + ConfigFile.NAME
                    + " (see `weekly-report config --help`)");
        }
        SmtpSettings.Security security = SmtpSettings.Security.named(settings.get(Setting.MAIL_SECURITY));
        Integer port = settings.get(Setting.MAIL_PORT);
        if (settings.get(Setting.MAIL_TIMEOUT).isZero()) {
            throw new SettingsException(where(settings, Setting.MAIL_TIMEOUT) + "a mail server must answer in some time: give e.g. 30s");
        }
        SmtpSettings smtp;
        try {
            smtp = SmtpSettings.of(host.strip(), security).withPort(port == null ? security.defaultPort() : port)
                    .withTimeout(settings.get(Setting.MAIL_TIMEOUT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where(settings, Setting.MAIL_HOST) + e.getMessage());
        }
        String user = settings.get(Setting.MAIL_USER);
        if (user != null && !user.isBlank()) {
            smtp = smtp.withUser(user.strip());
        }
        Path trust = settings.get(Setting.MAIL_TRUST);
        if (trust != null) {
            try {
                smtp = smtp.withTrustedCertificates(Files.readAllBytes(trust));
            } catch (NoSuchFileException e) {
                throw new SettingsException(where(settings, Setting.MAIL_TRUST) + "no such file: " + trust);
            } catch (IOException e) {
                throw new SettingsException(where(settings, Setting.MAIL_TRUST) + "cannot read " + trust + ": " + e.getMessage());
            } catch (MailFailure e) {
                throw new SettingsException(where(settings, Setting.MAIL_TRUST) + trust + ": " + e.getMessage());
            }
        }
        return smtp;
    }

    /**
     * The password of {@code mail.user}: from the environment variable {@code password-env} names when it is set,
     * else from the first line of {@code password-file}; none when there is no user to log in as.
     *
     * @param environment the environment variables ({@code System::getenv})
     * @param warn        what a person should know (a password file others can read)
     */
    static Optional<Password> password(Settings settings, UnaryOperator<String> environment, Consumer<String> warn)
            throws SettingsException {
        String user = settings.get(Setting.MAIL_USER);
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        String variable = settings.get(Setting.MAIL_PASSWORD_ENV);
        Path file = settings.get(Setting.MAIL_PASSWORD_FILE);
        if (variable != null) {
            String value = environment.apply(variable);
            if (value != null && !value.isEmpty()) {
                return Optional.of(new Password(value));
            }
            if (file == null) {
                throw new SettingsException("the environment variable " + variable + " (" + Setting.MAIL_PASSWORD_ENV.name() + ", "
                        + settings.origin(Setting.MAIL_PASSWORD_ENV) + ") is not set: it should hold the password of '" + user + "'");
            }
        }
        if (file == null) {
            throw new SettingsException(where(settings, Setting.MAIL_USER) + "'" + user + "' logs in, but no password is "
                    + "named: set password-env (the environment variable that holds it) or password-file below mail:");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SettingsException(where(settings, Setting.MAIL_PASSWORD_FILE) + "no such file: " + file);
        } catch (IOException e) {
            throw new SettingsException(where(settings, Setting.MAIL_PASSWORD_FILE) + "cannot read " + file + ": " + e.getMessage());
        }
        String password = text.lines().findFirst().orElse("");
        if (password.isEmpty()) {
            throw new SettingsException(where(settings, Setting.MAIL_PASSWORD_FILE) + file + " is empty: its first line should be the password");
        }
        if (readableByOthers(file)) {
            warn.accept(file + " (the SMTP password) can be read by other users of this machine: chmod 600 it");
        }
        return Optional.of(new Password(password));
    }

    /** "smtp.example.org:587, starttls, as wang@example.org": where a message goes, for the line before sending. */
    static String describe(SmtpSettings smtp) {
        String host = smtp.host().indexOf(':') >= 0 ? "[" + smtp.host() + "]" : smtp.host();
        return host + ":" + smtp.port() + ", " + smtp.security() + smtp.user().map(u -> ", as " + u).orElse("");
    }

    /** "mail.trust (notes/weekly-report.yaml:9): " */
    private static String where(Settings settings, Setting<?> setting) {
        return setting.name() + " (" + settings.origin(setting) + "): ";
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;   // not a POSIX file system: nothing to say
        }
    }
}
