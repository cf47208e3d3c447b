package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every XML part of the DOCX and the PPTX made from every corpus note and fixture is valid ECMA-376 (the
 * schemas of poi-ooxml-full): PowerPoint and Word are stricter than LibreOffice and offer to "repair" a file
 * that is not.
 */
class OfficeSchemaTest {
    /** OPC parts the Office schemas do not describe: the package's own content types and relationships. */
    private static final Set<String> PACKAGE_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/package/2006/content-types",
            "http://schemas.openxmlformats.org/package/2006/relationships",
            // core properties (Dublin Core): POI writes them itself and compiles no schema for them
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");

    /** POI's compiled ECMA-376 schemas: the full set, which comes first on the test class path. */
    private static final SchemaTypeLoader SCHEMAS = org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem;

    @Test
    void theFullSchemasAreTheOnesLoaded() {
        // poi-ooxml-lite has the same holder with a subset: a run against it would find "no schema" everywhere
        assertTrue(SCHEMAS.findDocumentType(new javax.xml.namespace.QName(
                "http://schemas.openxmlformats.org/drawingml/2006/chart", "chartSpace")) != null);
    }

    @Test
    void everyPartOfEveryDocumentAndDeckIsValid() throws Exception {
        List<String> problems = new ArrayList<>();
        int parts = 0;
        for (Path note : PptxCorpusTest.deckNotes()) {
            Report report = ReportParser.parse(note);
            for (Format format : List.of(Format.DOCX, Format.PPTX)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new ReportRenderer(RenderOptions.defaults()).render(report, format, out);
                parts += validate(note.getFileName() + "." + format.extension(), out.toByteArray(), problems);
            }
        }
        System.out.println(parts + " parts validated");
        assertTrue(parts > 1000, "the parts of every document and deck: " + parts);
        // one line per kind of violation, with how often and where first: 500 times the same message helps nobody
        java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (String p : problems) {
            String kind = p.replaceAll("^\\S+ \\S+?\\d*\\.xml:\\d+: ", "").replaceAll("^\\S+ ", "");
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(p);
        }
        StringBuilder report = new StringBuilder();
        byKind.forEach((kind, where) -> report.append(where.size()).append(" × ").append(kind)
                .append("\n    first: ").append(where.getFirst()).append('\n'));
        assertTrue(problems.isEmpty(), problems.size() + " schema violations:\n" + report);
    }

    /** Validates the XML parts of one Office file; returns how many it validated. */
    static int validate(String name, byte[] office, List<String> problems) throws Exception {
        int validated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(office))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
                    continue;
                }
                byte[] xml = zip.readAllBytes();
                XmlOptions options = new XmlOptions().setLoadLineNumbers();
                XmlObject part = SCHEMAS.parse(new ByteArrayInputStream(xml), null, options);
                String namespace = part.getDomNode().getFirstChild().getNamespaceURI();
                if (PACKAGE_NAMESPACES.contains(namespace)) {
                    continue;
                }
                if (part.schemaType().isNoType() || part.schemaType() == XmlObject.type) {
                    problems.add(name + " " + e.getName() + ": no schema knows its root element (" + namespace + ")");
                    continue;
                }
                List<XmlError> errors = new ArrayList<>();
                if (!part.validate(new XmlOptions().setErrorListener(errors))) {
                    for (XmlError err : errors) {
                        problems.add(name + " " + e.getName() + ":" + err.getLine() + ": " + err.getMessage());
                    }
                }
                validated++;
            }
        }
        return validated;
    }
}
