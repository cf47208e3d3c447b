package io.weeklyreport.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page-number footer of the report and of the tracker: every placeholder a field, in the label's order. */
class PageNumbersTest {
    private static List<String> written(String label) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            List<String> texts = new ArrayList<>();
            PageLayout.pageNumbers(p, label, texts::add);
            List<String> out = new ArrayList<>(texts);
            for (var instr : p.getCTP().getRList().stream().flatMap(r -> r.getInstrTextList().stream()).toList()) {
                out.add(instr.getStringValue().strip());
            }
            return out;
        }
    }

    @Test
    void aLabelWithThePageAloneStillNumbersThePage() throws Exception {
        // the tracker's own copy of this dropped the number when the label had {page} without {pages}
        assertEquals(List.of("Page ", "PAGE \\* MERGEFORMAT"), written("Page {page}"));
    }

    @Test
    void bothPlaceholdersInEitherOrder() throws Exception {
        assertEquals(List.of("第 ", " 页 / 共 ", " 页", "PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"),
                written("第 {page} 页 / 共 {pages} 页"));
        assertEquals(List.of(" of ", "NUMPAGES \\* MERGEFORMAT", "PAGE \\* MERGEFORMAT"), written("{pages} of {page}"));
        assertEquals(List.of(" / ", "PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"), written(""));
    }
}
