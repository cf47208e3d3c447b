package io.weeklyreport.cli;

import io.weeklyreport.mail.Attachment;
import io.weeklyreport.mail.ComposedMail;
import io.weeklyreport.mail.InlineImage;
import io.weeklyreport.mail.MailFailure;
import io.weeklyreport.mail.MailMessage;
import io.weeklyreport.mail.Password;
import io.weeklyreport.mail.ReportMail;
import io.weeklyreport.mail.Sent;
import io.weeklyreport.mail.SmtpSettings;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.MailBody;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderRequest;
import io.weeklyreport.render.RenderResult;
import io.weeklyreport.render.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "mail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a note as an e-mail ready to send: NOTE.eml beside it (or -o FILE.eml), a draft any mail "
                + "client opens (X-Unsent: 1), with the report as HTML and plain text, its pictures inside, and the DOCX "
                + "(and PDF) attached.",
                "--send also sends it through the SMTP server of `mail:` in weekly-report.yaml, after printing the "
                        + "recipients and the size; --dry-run stops there. Nothing is sent without --send, and the .eml "
                        + "stays when sending fails. The password comes from the environment variable or the file the "
                        + "settings name (password-env, password-file), never from the command line or the YAML."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report mail notes/2023-05-18.md       # notes/2023-05-18.eml, a draft",
                "  weekly-report mail a.md --to team@example.org --attach docx,pdf -o a.eml",
                "  weekly-report mail a.md --send --dry-run     # recipients, size; sends nothing",
                "  WEEKLY_REPORT_SMTP_PASSWORD=... weekly-report mail a.md --send",
                "",
                "The mail: keys of weekly-report.yaml (see `weekly-report config --help`):",
                "  from, to, cc, subject-pattern, attach, host, port, security, user,",
                "  password-env, password-file, trust, timeout"})
final class MailCommand implements Callable<Integer> {
    static final String EXTENSION = ".eml";

    @Parameters(paramLabel = "NOTE", description = "The note to mail, or - for standard input.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.eml",
            description = "Where the message is written (default: beside the note, NOTE.eml; stdin.eml for standard input).")
    Path output;

    @Option(names = "--to", split = ",", paramLabel = "ADDRESS",
            description = "Recipients, instead of `to:` below `mail:` (comma-separated or repeated), e.g. \"李雷 <li@example.org>\".")
    List<String> to;

    @Option(names = "--cc", split = ",", paramLabel = "ADDRESS", description = "Recipients in copy, instead of `cc:`.")
    List<String> cc;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender, instead of `from:`.")
    String from;

    @Option(names = "--subject", paramLabel = "PATTERN",
            description = "The subject, instead of `subject-pattern:` (default {title}); {title} and {date} are the note's.")
    String subject;

    @Option(names = "--attach", paramLabel = "LIST", completionCandidates = Candidates.Attachments.class,
            description = "What to attach: docx, pdf, docx,pdf or none (default: docx, or `attach:`).")
    String attach;

    @Option(names = "--send", description = "Send the message through the mail: server (it is written to the .eml first).")
    boolean send;

    @Option(names = "--dry-run", description = "With --send: check the server settings and print the recipients and the "
            + "size, send nothing.")
    boolean dryRun;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose mail.ftlh, mail-text.ftl, labels (and the attachments' templates) win over the built-in ones.")
    String templateDir;

    @Mixin
    NoteOptions noteOptions;

    @Mixin
    SinceLastOptions sinceLastOptions;

    @Option(names = {"-v", "--verbose"},
            description = "Print the parser's warnings too (the renderer's are always printed: they change what the mail shows).")
    boolean verbose;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private List<Setting.Given> given() {
        List<Optional<Setting.Given>> given = new ArrayList<>();
        given.add(Setting.Given.of(Setting.MAIL_TO, to, "--to"));
        given.add(Setting.Given.of(Setting.MAIL_CC, cc, "--cc"));
        given.add(Setting.Given.of(Setting.MAIL_FROM, from, "--from"));
        given.add(Setting.Given.of(Setting.MAIL_SUBJECT, subject, "--subject"));
        given.add(Setting.Given.of(Setting.MAIL_ATTACH, attach, "--attach"));
        given.add(Setting.Given.of(Setting.TEMPLATES, templateDir, "--templates"));
        List<Setting.Given> all = new ArrayList<>(given.stream().flatMap(Optional::stream).toList());
        all.addAll(noteOptions.given());
        all.addAll(sinceLastOptions.given());
        return all;
    }

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        List<Setting.Given> options = given();
        try {
            Settings.resolve(List.of(), options);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean stdin = input.toString().equals(Inputs.STDIN);
        Path eml = output != null ? output : stdin ? Path.of("stdin" + EXTENSION)
                : input.toAbsolutePath().getParent().resolve(OutputPaths.baseName(input.getFileName().toString()) + EXTENSION);
        if (!eml.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + ": the message is written as a "
                    + EXTENSION + " file, which mail clients open; name it FILE" + EXTENSION);
        }
        String name = stdin ? "<stdin>" : input.toString();
        Outcome outcome = new Outcome(terminal, palette);
        if (!stdin && Files.exists(eml) && Files.exists(input) && Files.isSameFile(eml, input)) {
            return outcome.failed(name + ": the message " + eml + " would overwrite the note; give -o FILE" + EXTENSION);
        }

        Settings settings;
        Report report;
        try {
            settings = Settings.resolve(new ConfigLookup().forNote(input), options);
            report = new NoteReader(settings).read(input, terminal.in());
        } catch (SettingsException e) {
            return outcome.failed(e.getMessage());
        } catch (UnreadableInputException e) {
            return outcome.failed(e.describe());
        } catch (RuntimeException | Error e) {
            return outcome.failed(name + ": cannot be read: " + RenderCommand.describe(e));
        }
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                return outcome.failed(CheckCommand.where(name, d) + ": error: " + d.message());
            }
            if (verbose) {
                terminal.err().println(palette.severity(d.severity(), CheckCommand.where(name, d) + ": " + d.severity().name()
                        .toLowerCase(Locale.ROOT) + ": ") + d.message());
            }
        }

        // One render request: the attachments and the mail body from the same document and the same checked pictures.
        Map<Format, byte[]> attached = new LinkedHashMap<>();   // in the order asked for
        PreviousMeetings.Found since = PreviousMeetings.of(input, report, settings);
        since.warnings().forEach(outcome::warn);
        RenderRequest request = RenderRequest.of(report).toMail(settings.get(Setting.MAIL_SUBJECT))
                .withSinceLast(since.sinceLast().orElse(null));
        for (String word : settings.get(Setting.MAIL_ATTACH)) {
            Format format = Format.byName(word);
            request = request.to(format, bytes -> attached.put(format, bytes));
        }
        RenderResult result;
        try {
            result = new ReportRenderer(settings.renderOptions()).render(request);
        } catch (RenderException e) {
            return outcome.failed(name + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            return outcome.failed(name + ": rendering failed: " + RenderCommand.describe(e));
        }
        Optional<RenderResult.Rendered> failedFile = result.firstFailure();
        if (failedFile.isPresent()) {
            return outcome.failed(name + ": " + failedFile.get().failure().getMessage());
        }
        RenderResult.MailRendered mail = result.mail().orElseThrow();
        if (mail.failed()) {
            return outcome.failed(name + ": " + mail.failure().getMessage());
        }
        for (Diagnostic d : result.allWarnings()) {
            outcome.warn(CheckCommand.where(name, d) + ": " + d.message());
        }

        MailBody body = mail.body();
        String stem = attachmentStem(report.metadata());
        List<Attachment> files = new ArrayList<>();
        for (Map.Entry<Format, byte[]> file : attached.entrySet()) {
            files.add(new Attachment(stem + "." + file.getKey().extension(),
                    file.getKey() == Format.PDF ? Attachment.PDF : Attachment.DOCX, file.getValue()));
        }
        MailMessage message = MailMessage.of(body.subject(), body.plainText(), body.html())
                .withTo(settings.get(Setting.MAIL_TO))
                .withCc(settings.get(Setting.MAIL_CC))
                .withImages(body.pictures().stream()
                        .map(p -> new InlineImage(p.contentId(), p.fileName(), p.mediaType(), p.bytes())).toList())
                .withAttachments(files);
        String sender = settings.get(Setting.MAIL_FROM);
        if (sender != null && !sender.isBlank()) {
            message = message.withFrom(sender);
        }
        ComposedMail composed;
        try {
            composed = ReportMail.compose(message);
        } catch (MailFailure e) {
            return outcome.failed(e.getMessage() + origin(settings, e));
        }

        try (TemporaryFiles temporaries = new TemporaryFiles().cleanedUpOn(terminal.stop())) {
            new AtomicOutput(temporaries).write(eml, composed::writeTo);
        } catch (Exception e) {
            return outcome.failed(name + ": cannot write " + eml + ": " + RenderCommand.describe(e));
        }
        terminal.err().println("wrote " + eml + " (" + Progress.size(composed.size()) + "): \"" + body.subject() + "\""
                + contents(body, files));
        composed.warnings().forEach(outcome::warn);
        if (!send && !dryRun) {
            return ExitCodes.OK;
        }
        return send(composed, settings, eml, outcome);
    }

    /** --send (or --dry-run): the settings checked, the recipients and size printed, then sent unless dry. */
    private int send(ComposedMail composed, Settings settings, Path eml, Outcome outcome) {
        String kept = "; " + eml + " is kept";
        if (composed.recipients().isEmpty()) {
            return outcome.failed("nothing to send to: give --to, or to: below mail: in " + ConfigFile.NAME + kept);
        }
        String sender = settings.get(Setting.MAIL_FROM);
        if (sender == null || sender.isBlank()) {
            return outcome.failed("no sender: give --from, or from: below mail: in " + ConfigFile.NAME + kept);
        }
        SmtpSettings smtp;
        Optional<Password> password;
        try {
            smtp = SmtpAccount.settings(settings);
            password = SmtpAccount.password(settings, System::getenv, outcome::warn);
        } catch (SettingsException e) {
            return outcome.failed(e.getMessage() + kept);
        }
        outcome.terminal.err().println((dryRun ? "would send" : "sending") + " to " + String.join(", ", composed.recipients())
                + " through " + SmtpAccount.describe(smtp) + ": " + Progress.size(composed.size()));
        if (dryRun) {
            outcome.terminal.err().println(outcome.palette.faint("dry run: nothing was sent"));
            return ExitCodes.OK;
        }
        Sent sent;
        try {
            sent = password.isPresent() ? ReportMail.send(composed, smtp, password.get()) : ReportMail.send(composed, smtp);
        } catch (MailFailure e) {
            return outcome.failed(e.getMessage() + kept);
        }
        outcome.terminal.err().println(outcome.palette.good("sent") + " to " + sent.recipients().size()
                + (sent.recipients().size() == 1 ? " recipient" : " recipients") + " (Message-ID " + sent.messageId() + ")");
        return ExitCodes.OK;
    }

    /**
     * The attachments' names: the title, and the date when the title does not already say it ("会议纪要 2023-05-18",
     * "Curve 社区双周会 2023-05-18"), as a file name (characters a file system refuses become "_").
     */
    static String attachmentStem(Metadata meta) {
        String title = meta.title().strip();
        String date = meta.date() == null ? "" : meta.isPeriod() ? meta.date() + "–" + meta.endDate() : meta.date().toString();
        boolean dated = date.isEmpty() || title.contains(meta.date().toString());
        return OutputPaths.baseName(dated ? title : title + " " + date);
    }

    /** ", 2 pictures, attached a.docx (12 KiB), a.pdf (80 KiB)". */
    private static String contents(MailBody body, List<Attachment> files) {
        StringBuilder sb = new StringBuilder();
        int pictures = body.pictures().size();
        if (pictures > 0) {
            sb.append(", ").append(pictures).append(pictures == 1 ? " picture" : " pictures");
        }
        for (int i = 0; i < files.size(); i++) {
            sb.append(i == 0 ? ", attached " : ", ").append(files.get(i).fileName())
                    .append(" (").append(Progress.size(files.get(i).bytes().length)).append(')');
        }
        return sb.toString();
    }

    /** " (from notes/weekly-report.yaml:3)" for an address that is none, naming where it was set. */
    private static String origin(Settings settings, MailFailure failure) {
        if (failure.kind() != MailFailure.Kind.ADDRESS) {
            return "";
        }
        String message = failure.getMessage();
        Setting<?> setting = message.startsWith("From:") ? Setting.MAIL_FROM : message.startsWith("Cc:") ? Setting.MAIL_CC : Setting.MAIL_TO;
        return " (" + setting.name() + ", from " + settings.origin(setting) + ")";
    }

    /** Prints failures (one line, exit 1) and warnings. */
    private record Outcome(Terminal terminal, Palette palette) {
        int failed(String line) {
            terminal.err().println(palette.bad(line));
            return ExitCodes.FAILED;
        }

        void warn(String line) {
            terminal.err().println(palette.severity(Severity.WARNING, "warning: ") + line);
        }
    }
}
