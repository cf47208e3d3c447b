package io.weeklyreport.cli;

import io.weeklyreport.model.Language;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;
import io.weeklyreport.render.RenderOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One setting: its name in weekly-report.yaml, the type of its value, its default, a line of help for
 * `config --help`, how values from several files and options combine, and what `config` says when it is unset.
 * A name with a dot is a key below a group: {@code fonts.bold} is {@code bold:} below {@code fonts:}.
 *
 * <p><b>Adding a key</b> is one constant here, listed in {@link #ALL} (the order `config` shows; a mail key in
 * {@link #MAIL}): e.g.
 * {@code static final Setting<Integer> SLIDE_LEVEL = new Setting<>("slide-level", ValueType.number(1, 6), null,
 * "heading level that starts a slide", Merge.REPLACE, "(from the note)", true);} — weekly-report.yaml then
 * accepts it (with its type's checks and "did you mean" for typos), `config` and `config --json` show it with
 * its origin, and a change of its value makes outputs stale (unless it is listed in {@link #RUN_ONLY}). A group such as {@code mail:} is several constants
 * named {@code mail.host}, {@code mail.port} ... Then read it where it is used, typed:
 * {@code settings.get(Setting.SLIDE_LEVEL)}. A command-line option for it is one field in {@link OutputOptions}
 * or {@link NoteOptions} and one line in their {@code given()}: {@code Given.of(Setting.SLIDE_LEVEL, slideLevel, "--slide-level")}.
 *
 * @param inFile false for what only an option can say about one note (--title, --date)
 */
record Setting<T>(String name, ValueType<T> type, T defaultValue, String help, Merge merge, String unset, boolean inFile) {

    /** How values from the files (farthest first) and then the options combine. */
    enum Merge {
        /** The nearest file wins, an option wins over every file. */
        REPLACE,
        /** Every file adds its values to those of the files above it. */
        APPEND,
        /** A map merged name by name: each name from the nearest file (or option) that gives it. */
        BY_NAME
    }

    private static final ParserOptions PARSER = ParserOptions.defaults();
    private static final RenderOptions RENDER = RenderOptions.defaults();

    static final Setting<String> TITLE = new Setting<>("title", ValueType.TEXT, null,
            "the title, instead of the note's own", Merge.REPLACE, "(from the note)", false);
    static final Setting<LocalDate> DATE = new Setting<>("date", ValueType.DATE, null,
            "the meeting date, instead of the note's own", Merge.REPLACE, "(from the note or its file name)", false);
    static final Setting<List<Format>> FORMATS = new Setting<>("formats", ValueType.FORMATS,
            List.of(Format.PDF, Format.DOCX, Format.PPTX), "what render writes: pdf, docx, pptx, html", Merge.REPLACE, null, true);
    static final Setting<Language> LANGUAGE = new Setting<>("language", ValueType.LANGUAGE, null,
            "zh or en: labels, page footer, fonts", Merge.REPLACE, "(detected from the text)", true);
    static final Setting<String> TITLE_PATTERN_ZH = new Setting<>("title-pattern.zh", ValueType.TEXT, PARSER.defaultTitleZh(),
            "title of a Chinese note without one; {date} is its date", Merge.REPLACE, null, true);
    static final Setting<String> TITLE_PATTERN_EN = new Setting<>("title-pattern.en", ValueType.TEXT, PARSER.defaultTitleEn(),
            "title of an English note without one", Merge.REPLACE, null, true);
    static final Setting<String> REPO = new Setting<>("repo", ValueType.REPO, PARSER.defaultRepo(),
            "owner/name: what a bare #123 refers to", Merge.REPLACE, "(none)", true);
    static final Setting<List<String>> STATUS_VOCABULARY = new Setting<>("status-vocabulary", ValueType.VOCABULARY, List.of(),
            "progress phrases added to the built-in ones, by status", Merge.APPEND, null, true);
    static final Setting<Map<String, String>> METADATA = new Setting<>("metadata", new ValueType.MapOf<>(ValueType.TEXT), Map.of(),
            "name: value pairs for the templates (meta.extra)", Merge.BY_NAME, null, true);
    static final Setting<Path> TEMPLATES = new Setting<>("templates", ValueType.FOLDER, null,
            "your templates, CSS and labels over the built-in", Merge.REPLACE, "(built-in)", true);
    static final Setting<Path> RESOURCE_ROOT = new Setting<>("resource-root", ValueType.FOLDER, null,
            "also read images from this folder and below", Merge.REPLACE, "(the note's folder only)", true);
    static final Setting<PageSize> PAGE_SIZE = new Setting<>("page-size", ValueType.PAGE_SIZE, RENDER.pageSize(),
            "paper of the PDF and DOCX: A4 or letter", Merge.REPLACE, null, true);
    static final Setting<Boolean> REFERENCES = new Setting<>("references", ValueType.BOOLEAN, RENDER.references(),
            "whether the PDF and DOCX end with the list of links", Merge.REPLACE, null, true);
    static final Setting<Boolean> EMBED = new Setting<>("embed", ValueType.BOOLEAN, RENDER.embedImages(),
            "whether the HTML carries its local pictures inside (data: URIs)", Merge.REPLACE, null, true);
    static final Setting<Path> REFERENCE_DOCX = new Setting<>("reference-docx", ValueType.FILE, null,
            "a .docx whose styles and page setup the DOCX takes", Merge.REPLACE, "(none)", true);
    static final Setting<Path> REFERENCE_PPTX = new Setting<>("reference-pptx", ValueType.FILE, null,
            "a .pptx or .potx whose masters and layouts the deck uses", Merge.REPLACE, "(none)", true);
    static final Setting<Integer> SLIDE_LEVEL = new Setting<>("slide-level", ValueType.HEADING_LEVEL, null,
            "the heading level that starts a slide, like pandoc's --slide-level (1: the note's top-level sections)",
            Merge.REPLACE, "(the deck is composed by what fits)", true);
    static final Setting<Path> FONT_REGULAR = new Setting<>("fonts.regular", ValueType.FILE, null,
            "a TrueType body font (PDF; measures the deck)", Merge.REPLACE, "(bundled Noto Sans SC)", true);
    static final Setting<Path> FONT_BOLD = new Setting<>("fonts.bold", ValueType.FILE, null,
            "its bold face", Merge.REPLACE, "(bundled Noto Sans SC)", true);
    static final Setting<String> FONT_EAST_ASIA = new Setting<>("fonts.east-asia", ValueType.TEXT, RENDER.eastAsiaFont(),
            "the East-Asian font DOCX and PPTX files name", Merge.REPLACE, null, true);
    static final Setting<String> FONT_LATIN = new Setting<>("fonts.latin", ValueType.TEXT, RENDER.latinFont(),
            "the Latin font DOCX and PPTX files name", Merge.REPLACE, null, true);
    static final Setting<Map<String, String>> COLORS = new Setting<>("colors", new ValueType.MapOf<>(ValueType.COLOUR), Map.of(),
            "#rrggbb by name: accent, or a status (in-review ...)", Merge.BY_NAME, null, true);
    static final Setting<Path> LOGO = new Setting<>("logo", ValueType.FILE, null,
            "an image in the title block of the PDF and HTML", Merge.REPLACE, "(none)", true);
    static final Setting<Duration> TIMEOUT = new Setting<>("timeout", ValueType.DURATION, Duration.ofMinutes(5),
            "time one note may take to render (90s, 5m, 1h; none for no limit)", Merge.REPLACE, null, true);
    static final Setting<Boolean> ROOT = new Setting<>("root", ValueType.BOOLEAN, false,
            "true: ignore weekly-report.yaml files above", Merge.REPLACE, null, true);

    // `weekly-report mail`: who the message is from and for, its subject and attachments, and the server --send uses.
    static final Setting<String> MAIL_FROM = new Setting<>("mail.from", ValueType.TEXT, null,
            "the sender, e.g. \"王小明 <wang@example.org>\"", Merge.REPLACE, "(none: the mail client asks)", true);
    static final Setting<List<String>> MAIL_TO = new Setting<>("mail.to", ValueType.listOf(ValueType.TEXT), List.of(),
            "the recipients", Merge.REPLACE, null, true);
    static final Setting<List<String>> MAIL_CC = new Setting<>("mail.cc", ValueType.listOf(ValueType.TEXT), List.of(),
            "the recipients in copy", Merge.REPLACE, null, true);
    static final Setting<String> MAIL_SUBJECT = new Setting<>("mail.subject-pattern", ValueType.TEXT, "{title}",
            "the subject; {title} and {date} are the note's", Merge.REPLACE, null, true);
    static final Setting<List<String>> MAIL_ATTACH = new Setting<>("mail.attach", ValueType.ATTACHMENTS, List.of("docx"),
            "what is attached: docx, pdf (none for nothing)", Merge.REPLACE, null, true);
    static final Setting<String> MAIL_HOST = new Setting<>("mail.host", ValueType.TEXT, null,
            "the SMTP server --send uses", Merge.REPLACE, "(none: --send needs it)", true);
    static final Setting<Integer> MAIL_PORT = new Setting<>("mail.port", ValueType.number(1, 65535), null,
            "its port", Merge.REPLACE, "(587 for starttls, 465 for ssl, 25 for none)", true);
    static final Setting<String> MAIL_SECURITY = new Setting<>("mail.security", ValueType.oneOf("starttls", "ssl", "none"),
            "starttls", "starttls, ssl (TLS from the start) or none (a local relay)", Merge.REPLACE, null, true);
    static final Setting<String> MAIL_USER = new Setting<>("mail.user", ValueType.TEXT, null,
            "the login name", Merge.REPLACE, "(none: no login)", true);
    static final Setting<String> MAIL_PASSWORD_ENV = new Setting<>("mail.password-env", ValueType.ENVIRONMENT_VARIABLE, null,
            "the environment variable that holds the password", Merge.REPLACE, "(none)", true);
    static final Setting<Path> MAIL_PASSWORD_FILE = new Setting<>("mail.password-file", ValueType.PATH, null,
            "or the file that holds it (its first line)", Merge.REPLACE, "(none)", true);
    static final Setting<Path> MAIL_TRUST = new Setting<>("mail.trust", ValueType.PATH, null,
            "certificates (PEM) to trust instead of the system's", Merge.REPLACE, "(the system's)", true);
    static final Setting<Duration> MAIL_TIMEOUT = new Setting<>("mail.timeout", ValueType.DURATION, Duration.ofSeconds(30),
            "how long to wait for the server each time", Merge.REPLACE, null, true);

    /** The keys of the mail: group, in the order `config` shows them. */
    static final List<Setting<?>> MAIL = List.of(MAIL_FROM, MAIL_TO, MAIL_CC, MAIL_SUBJECT, MAIL_ATTACH, MAIL_HOST, MAIL_PORT,
            MAIL_SECURITY, MAIL_USER, MAIL_PASSWORD_ENV, MAIL_PASSWORD_FILE, MAIL_TRUST, MAIL_TIMEOUT);

    /** Every setting, in the order `config` shows them. */
    static final List<Setting<?>> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(TITLE, DATE, FORMATS,
            LANGUAGE, TITLE_PATTERN_ZH, TITLE_PATTERN_EN, REPO, STATUS_VOCABULARY, METADATA, TEMPLATES, RESOURCE_ROOT, PAGE_SIZE,
            REFERENCES, EMBED, REFERENCE_DOCX, REFERENCE_PPTX, SLIDE_LEVEL, FONT_REGULAR, FONT_BOLD, FONT_EAST_ASIA, FONT_LATIN, COLORS, LOGO,
            TIMEOUT, ROOT), MAIL.stream()).toList();

    /**
     * The settings that say how a run goes, not what an output is: a change of them renders nothing again. The mail
     * settings are not in any file render writes (the mail command renders every time).
     */
    static final Set<Setting<?>> RUN_ONLY = java.util.stream.Stream.concat(java.util.stream.Stream.of(TIMEOUT, ROOT),
            MAIL.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Keys refused with a reason instead of "unknown key": a password never stands in a weekly-report.yaml, which is
     * often committed to a repository; say where it should be.
     */
    static final Map<String, String> REFUSED = Map.of(
            "mail.password", "a password is never read from weekly-report.yaml (which is often committed with the notes): "
                    + "name the environment variable that holds it (password-env) or a file (password-file)",
            "mail.pass", "a password is never read from weekly-report.yaml: use password-env or password-file");

    static Optional<Setting<?>> named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /** "fonts" for "fonts.bold"; the name itself for a key that stands alone. */
    String group() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** "bold" for "fonts.bold". */
    String keyInGroup() {
        return name.substring(name.indexOf('.') + 1);
    }

    boolean inGroup() {
        return name.indexOf('.') > 0;
    }

    /** The top-level keys a weekly-report.yaml may have, in order (groups once). */
    static List<String> fileKeys() {
        return ALL.stream().filter(Setting::inFile).map(Setting::group).distinct().toList();
    }

    /** A value given for this setting, and where: an option ("--page-size"), or one name of a map ("-M team"). */
    record Given(Setting<?> setting, String text, String origin) {
        /** An option's value as typed on the command line, or nothing when the option was not given. */
        static Optional<Given> of(Setting<?> setting, Object value, String origin) {
            if (value == null) {
                return Optional.empty();
            }
            String text = value instanceof List<?> list
                    ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            return Optional.of(new Given(setting, text, origin));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
