package io.weeklyreport.mail;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/** A message as round two will hand it over: a Chinese subject, both bodies, a chart inline, a DOCX and a PDF. */
final class Fixtures {

    static final String SUBJECT = "存储组双周会 2024-03-07";
    static final String DOCX_NAME = "会议纪要 2023-05-18.docx";
    static final String PDF_NAME = "存储组双周会 2024-03-07（讲义）.pdf";
    static final String CHART_ID = "chart-1@weekly-report";
    static final ZonedDateTime DATE = ZonedDateTime.of(2024, 3, 7, 19, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    static final String PLAIN = """
            存储组双周会 2024-03-07

            1. 快照回收：评审中 (#512)
            2. 元数据缓存：已合入 (#498)
            """;

    static final String HTML = """
            <!DOCTYPE html><html><body style="margin:0">
            <table role="presentation" width="100%" style="border-collapse:collapse"><tr><td style="padding:16px;font-family:sans-serif">
            <h1 style="font-size:20px;margin:0 0 8px">存储组双周会 2024-03-07</h1>
            <p style="margin:0">快照回收：评审中 <a href="https://example.org/pr/512" style="color:#1a5fb4">#512</a></p>
            <p style="margin:0">元数据缓存：已合入</p>
            <img src="cid:chart-1@weekly-report" alt="进度图" width="300" style="display:block">
            </td></tr></table></body></html>
            """;

    private Fixtures() {
    }

    static MailMessage fullMessage() {
        return MailMessage.of(SUBJECT, PLAIN, HTML)
                .withFrom("王小明 <wang@example.org>")
                .withTo(List.of("team@example.org", "李雷 <li.lei@example.com>"))
                .withCc(List.of("boss@example.net"))
                .withImages(List.of(new InlineImage(CHART_ID, "进度图.png", "image/png", png())))
                .withAttachments(List.of(
                        new Attachment(DOCX_NAME, Attachment.DOCX, bytes(40_000, 1)),
                        new Attachment(PDF_NAME, Attachment.PDF, bytes(25_000, 2))));
    }

    /** Every byte value, in a fixed order: an attachment that comes back changed in one byte fails. */
    static byte[] bytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? Color.ORANGE.getRGB() : Color.BLUE.getRGB());
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] eml(ComposedMail mail) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mail.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
