package io.weeklyreport.render;

import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The report as a mail body: {@code mail.ftlh} makes the HTML, {@code mail-text.ftl} the plain text, both from the
 * same data (the document's, so that they say what the handout says, with the palette and the pictures of the mail),
 * so the two parts of one message cannot disagree. The HTML goes through {@link MailHtml}, which keeps it from
 * fetching or running anything whatever the template wrote.
 *
 * <p>The "since last meeting" block has its place in both templates, behind {@code <#if sinceLast??>}: whoever
 * puts {@code sinceLast} into the data adds the block's two small templates, and nothing else changes.
 */
final class MailWriter {
    static final String HTML_TEMPLATE = "mail.ftlh";
    static final String TEXT_TEMPLATE = "mail-text.ftl";

    private final TemplateSet templates;
    private final RenderOptions options;
    private final Consumer<String> noticed;

    MailWriter(TemplateSet templates, RenderOptions options, Consumer<String> noticed) {
        this.templates = templates;
        this.options = options;
        this.noticed = noticed;
    }

    /** @param report the report with its unusable pictures already turned into placeholders */
    MailBody write(Report report, ReadableImages images, RenderRequest.Mail mail, SinceLastView since) throws RenderException {
        MailPictures pictures = new MailPictures(images.logo());
        String subject = subject(mail.subjectPattern(), report.metadata());
        Map<String, Object> data = DocumentView.of(report, templates, options, null, null);
        data.put("subject", subject);
        data.put("palette", Palette.of(options.theme().colors()));
        data.put("pictures", pictures);
        data.put("column", MailPictures.COLUMN);
        SinceLastView.addTo(data, since);

        MailHtml html = new MailHtml(HTML_TEMPLATE);
        String body = html.write(templates.apply(HTML_TEMPLATE, data));
        String text = plainText(templates.apply(TEXT_TEMPLATE, data));
        html.warnings().forEach(noticed);
        pictures.warnings().forEach(noticed);
        return new MailBody(subject, body, text, pictures.all());
    }

    /**
     * The pattern with {@code {title}} and {@code {date}} filled in, on one line; the title alone when that leaves
     * nothing (a pattern of only {@code {date}} for a note without one).
     */
    static String subject(String pattern, Metadata meta) {
        String date = meta.date() == null ? "" : meta.isPeriod() ? meta.date() + " – " + meta.endDate() : meta.date().toString();
        String subject = pattern.replace("{title}", meta.title()).replace("{date}", date)
                .replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s{2,}", " ").strip();
        return subject.isEmpty() ? meta.title().strip() : subject;
    }

    /** Lines without trailing blanks, no more than one empty line in a row, one line end at the end. */
    static String plainText(String text) {
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String line : text.split("\\R", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                if (!blank) {
                    lines.add("");
                }
                blank = true;
            } else {
                lines.add(kept);
                blank = false;
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines) + "\n";
    }
}
