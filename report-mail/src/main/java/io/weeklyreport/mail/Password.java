package io.weeklyreport.mail;

import java.util.Objects;

/**
 * The SMTP password, handed in by the caller (who reads it from an environment variable or a file, never from a
 * command line or a settings file). It never prints: {@link #toString()} hides it, so a log line or an exception
 * message that names the settings cannot leak it.
 */
public record Password(String value) {

    public Password {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
