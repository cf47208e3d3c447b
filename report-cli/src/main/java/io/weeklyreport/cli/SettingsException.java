package io.weeklyreport.cli;

/** A setting is wrong: the message starts with where it was given (a config file and line, or an option). */
final class SettingsException extends Exception {
    SettingsException(String message) {
        super(message);
    }
}
