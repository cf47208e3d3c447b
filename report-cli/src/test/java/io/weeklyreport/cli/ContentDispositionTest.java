package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A download's name as RFC 6266 and 8187 carry it: an ASCII fallback, and the real name in UTF-8. */
class ContentDispositionTest {
    @Test
    void anAsciiNameTravelsAsItIs() {
        assertEquals("attachment; filename=\"2023-05-18.pdf\"; filename*=UTF-8''2023-05-18.pdf",
                ContentDisposition.attachment("2023-05-18.pdf"));
    }

    @Test
    void aChineseNameIsPercentEncodedUtf8WithAnAsciiFallback() {
        String header = ContentDisposition.attachment("会议纪要 5月.docx");
        assertEquals("attachment; filename=\"____ 5_.docx\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%205%E6%9C%88.docx", header);
    }

    @Test
    void quotesBackslashesAndPercentSignsCannotBreakTheHeader() {
        String name = "a\"b\\c%d;e.pdf";
        assertEquals("a_b_c_d;e.pdf", ContentDisposition.asciiFallback(name));
        String ext = ContentDisposition.extValue(name);
        assertEquals("a%22b%5Cc%25d%3Be.pdf", ext);
        assertEquals(name, URLDecoder.decode(ext, StandardCharsets.UTF_8));
    }
}
