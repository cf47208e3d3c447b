package io.weeklyreport.render;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;
import org.xhtmlrenderer.util.XRLog;
import org.xhtmlrenderer.util.XRLogger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * Where the libraries' log lines go (Flying Saucer through its own XRLog and SLF4J, POI through the Log4j
 * API bridged to SLF4J, OpenPDF): never to the terminal as a stack trace. A warning or error logged while a
 * render runs on the thread becomes one line among that render's warnings; anything else is dropped, since
 * a library's chatter outside a render is nothing the user can act on.
 *
 * <p>Public only because SLF4J finds its provider through {@link java.util.ServiceLoader}. Internal.
 */
public final class LibraryLog implements SLF4JServiceProvider {
    private static final ThreadLocal<Consumer<String>> CURRENT = new ThreadLocal<>();

    static {
        routeFlyingSaucer();
    }

    private final ILoggerFactory loggers = new Loggers();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** For {@link java.util.ServiceLoader}. */
    public LibraryLog() {
    }

    /** Runs {@code body} with the libraries' warnings on this thread going to {@code warnings}. */
    static <T> T capture(Consumer<String> warnings, Body<T> body) throws RenderException, java.io.IOException {
        Consumer<String> outer = CURRENT.get();
        CURRENT.set(warnings);
        try {
            return body.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    interface Body<T> {
        T run() throws RenderException, java.io.IOException;
    }

    /** Flying Saucer logs through java.util.logging by default, with a console handler and full traces. */
    static void routeFlyingSaucer() {
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, java.util.logging.Level level, String msg) {
                log(where, level, msg, null);
            }

            @Override
            public void log(String where, java.util.logging.Level level, String msg, Throwable th) {
                if (level.intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    record(msg, th);
                }
            }

            @Override
            public void setLevel(String logger, java.util.logging.Level level) {
                // levels are ours to decide
            }
        });
    }

    /** One line: the message, and the cause's own message when the message does not say it already. */
    static void record(String message, Throwable cause) {
        Consumer<String> sink = CURRENT.get();
        if (sink == null) {
            return;
        }
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        if (cause != null && cause.getMessage() != null && !line.contains(cause.getMessage())) {
            String why = cause.getMessage().strip().lines().findFirst().orElse("");
            line = line.isEmpty() ? why : line + ": " + why;
        }
        if (!line.isEmpty()) {
            sink.accept(line);
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        routeFlyingSaucer();
    }

    private static final class Loggers implements ILoggerFactory {
        private final ConcurrentMap<String, org.slf4j.Logger> byName = new ConcurrentHashMap<>();

        @Override
        public org.slf4j.Logger getLogger(String name) {
            return byName.computeIfAbsent(name, WarningLogger::new);
        }
    }

    /** Warnings and errors only; debug and info are chatter. */
    private static final class WarningLogger extends LegacyAbstractLogger {
        WarningLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return CURRENT.get() != null;
        }

        @Override
        public boolean isErrorEnabled() {
            return CURRENT.get() != null;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable th) {
            if (level == Level.WARN || level == Level.ERROR) {
                var formatted = MessageFormatter.arrayFormat(pattern, args, th);
                record(formatted.getMessage(), formatted.getThrowable());
            }
        }
    }
}
