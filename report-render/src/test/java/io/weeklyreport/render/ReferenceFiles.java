package io.weeklyreport.render;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reference documents the tests make: a company's .docx with its own heading style, page setup and header. */
public final class ReferenceFiles {
    private ReferenceFiles() {
    }

    /**
     * A Letter-sized .docx whose "heading 1" (style id "1") is dark red, with a header "ACME Corp" and a body
     * paragraph "placeholder body text" that a rendered report must not keep.
     */
    public static Path companyDocx(Path file) throws Exception {
        try (XWPFDocument ref = new XWPFDocument()) {
            var styles = ref.createStyles();
            styles.setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(
                    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                            + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:color w:val=\"C00000\"/></w:rPr></w:style>"
                            + "</w:styles>").getStyles());
            ref.createParagraph().createRun().setText("placeholder body text");
            var sect = ref.getDocument().getBody().addNewSectPr();
            sect.addNewPgSz().setW(BigInteger.valueOf(12240));
            sect.getPgSz().setH(BigInteger.valueOf(15840));
            sect.addNewPgMar().setLeft(BigInteger.valueOf(1440));
            sect.getPgMar().setRight(BigInteger.valueOf(1440));
            sect.getPgMar().setTop(BigInteger.valueOf(1440));
            sect.getPgMar().setBottom(BigInteger.valueOf(1440));
            ref.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME Corp");
            try (var out = Files.newOutputStream(file)) {
                ref.write(out);
            }
        }
        return file;
    }
}
