package io.weeklyreport.render;

import java.util.List;
import java.util.Objects;

/**
 * The report as the body of an e-mail, made by {@code mail.ftlh} and {@code mail-text.ftl}: a subject, the HTML a mail
 * client shows (inline styles only, a table layout at most 600 px wide, pictures as {@code cid:} references), the same
 * content as plain text, and the pictures the HTML shows. Requested with {@link RenderRequest#toMail(String)}; the
 * caller wraps it in MIME (report-mail), which this module knows nothing of.
 *
 * @param subject   the subject line, from the request's pattern
 * @param html      a complete HTML5 document
 * @param plainText the same report as plain text, lines ending in {@code \n}
 * @param pictures  the local pictures the HTML shows, in the order it first shows them, each once
 */
public record MailBody(String subject, String html, String plainText, List<Picture> pictures) {

    public MailBody {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        pictures = List.copyOf(pictures);
    }

    /**
     * A picture the HTML shows as {@code <img src="cid:CONTENT-ID">}, scaled to at most twice the width it is shown
     * at (sharp on a high-density screen, no heavier than that).
     *
     * @param contentId letters, digits and {@code . - @} only, e.g. {@code picture-1@weekly-report}
     * @param fileName  the picture's own file name (its extension follows the format, should it have changed)
     * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/gif}
     * @param width     the width it is shown at, in CSS pixels
     * @param height    the height it is shown at, in CSS pixels
     */
    public record Picture(String contentId, String fileName, String mediaType, byte[] bytes, int width, int height) {
        public Picture {
            Objects.requireNonNull(contentId, "contentId");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** For {@code <img src>}: {@code cid:} and the content id. */
        public String src() {
            return "cid:" + contentId;
        }
    }
}
