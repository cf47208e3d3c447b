package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A second reader: LibreOffice opens the DOCX files and draws them to PDF, and the PDF carries the
 * text. The one DOCX test that may skip, and only when LibreOffice is not installed.
 */
class DocxLibreOfficeTest {
    /** A note with a meeting card and status chips, one with a picture, one with many links and lists. */
    private static final List<String> NOTES = List.of(
            "curve-double-week/2023/2023-05-18.md",
            "curve-double-week/2022/2022-05-12.md",
            "curve-double-week/2022/2022-02-24.md");

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheDocxAndDrawsAllItsText() throws Exception {
        Optional<Path> soffice = findOnPath("soffice").or(() -> findOnPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "soffice (LibreOffice) is not installed: DOCX rendering by LibreOffice not checked");

        List<Path> docx = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String name : NOTES) {
            Path note = CliRun.corpus().resolve(name);
            Report report = DocxCorpusTest.parse(note);
            byte[] bytes = DocxCorpusTest.docx(report);
            Path file = dir.resolve(note.getFileName().toString().replace(".md", ".docx"));
            Files.write(file, bytes);
            docx.add(file);
            texts.add(DocxCorpusTest.text(bytes));
            titles.add(report.metadata().title());
        }

        // A private profile: parallel runs (and a user's open LibreOffice) must not share one.
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir", dir.toString()));
        docx.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "soffice did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));

        for (int i = 0; i < docx.size(); i++) {
            Path pdf = dir.resolve(docx.get(i).getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.isRegularFile(pdf), "LibreOffice could not open " + docx.get(i).getFileName()
                    + ": " + Files.readString(dir.resolve("soffice.log")));
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertTrue(document.getNumberOfPages() >= 1);
                String drawn = new PDFTextStripper().getText(document);
                assertTrue(drawn.replaceAll("\\s+", " ").contains(titles.get(i)), "title drawn: " + titles.get(i));
                double coverage = VisibleTokens.coverage(texts.get(i), drawn);
                assertTrue(coverage >= 0.99, "%s: %.4f of the DOCX text drawn, missing %s".formatted(
                        docx.get(i).getFileName(), coverage, VisibleTokens.missing(texts.get(i), drawn)));
            }
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
