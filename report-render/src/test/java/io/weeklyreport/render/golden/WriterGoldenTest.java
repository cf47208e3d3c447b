package io.weeklyreport.render.golden;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden tests of the DOCX and PPTX writers: every XML part of each case's output, with and without a
 * reference document, equals its reviewed golden file. After an intended change:
 * {@code mvn -pl report-render -am test -Dtest=WriterGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, then read the diff of {@code src/test/resources/golden} before committing it.
 */
class WriterGoldenTest {
    /** Made in LibreOffice Impress from impress-reference.fodp beside it (Save As .pptx). */
    static final Path IMPRESS_DECK = GoldenFiles.ROOT.resolve("impress-reference.pptx");
    static Path referenceDocx;

    /** What a deck takes from its template unchanged by the note: kept once per set. */
    static final java.util.function.Predicate<String> DECK_TEMPLATE_PARTS = part -> part.startsWith("ppt/slideMasters/")
            || part.startsWith("ppt/slideLayouts/") || part.startsWith("ppt/theme/") || part.startsWith("ppt/notesMasters/");
    static final GoldenFiles DECKS = new GoldenFiles("pptx", DECK_TEMPLATE_PARTS);
    static final GoldenFiles DECKS_WITH_REFERENCE = new GoldenFiles("pptx-reference", DECK_TEMPLATE_PARTS);
    static final GoldenFiles DOCUMENTS = new GoldenFiles("docx", part -> part.startsWith("word/theme/") || part.equals("word/fontTable.xml") || part.equals("word/settings.xml"));
    static final GoldenFiles DOCUMENTS_WITH_REFERENCE = new GoldenFiles("docx-reference", part -> part.startsWith("word/theme/")
            || part.equals("word/fontTable.xml") || part.equals("word/settings.xml"));

    @BeforeAll
    static void referenceDocument() throws Exception {
        Files.createDirectories(GoldenCases.WORK);
        referenceDocx = io.weeklyreport.render.ReferenceFiles.companyDocx(GoldenCases.WORK.resolve("company.docx"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        for (var c : GoldenCases.all().entrySet()) {
            for (Format format : List.of(Format.PPTX, Format.DOCX)) {
                for (boolean reference : List.of(false, true)) {
                    args.add(Arguments.of(c.getKey(), format, reference));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} reference={2}")
    @MethodSource("cases")
    void outputEqualsItsGoldenFile(String name, Format format, boolean reference) throws Exception {
        Report report = GoldenCases.all().get(name);
        RenderOptions options = RenderOptions.defaults();
        if (reference) {
            options = format == Format.PPTX ? options.withReferencePptx(IMPRESS_DECK.toAbsolutePath())
                    : options.withReferenceDocx(referenceDocx);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(options).render(report, format, out);
        Map<String, String> parts = OoxmlParts.of(out.toByteArray(), Map.of(
                GoldenCases.WORK.toUri().toString(), "$WORK/", GoldenCases.WORK.toString(), "$WORK"));
        GoldenFiles set = format == Format.PPTX ? (reference ? DECKS_WITH_REFERENCE : DECKS)
                : (reference ? DOCUMENTS_WITH_REFERENCE : DOCUMENTS);
        set.check(name, parts);
    }
}
