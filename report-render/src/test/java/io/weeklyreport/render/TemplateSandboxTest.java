package io.weeklyreport.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template folder may come from someone else's repository: nothing in a template may run a program, reach
 * Java's reflection or read a file outside the template folders. Each attempt is a template error naming the
 * template, line and column, and leaves nothing behind.
 */
class TemplateSandboxTest {
    @TempDir
    Path dir;

    private RenderException renderWith(String template, String body, Format format) throws Exception {
        Files.writeString(dir.resolve(template), "<#ftl output_format=\"XHTML\">\n" + body + "\n");
        ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir));
        return assertThrows(RenderException.class,
                () -> renderer.render(PdfWriterTest.sampleReport(), format, new ByteArrayOutputStream()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "freemarker.template.utility.Execute",
            "freemarker.template.utility.ObjectConstructor",
            "freemarker.template.utility.JythonRuntime",
            "java.lang.ProcessBuilder"})
    void noClassCanBeInstantiatedWithNew(String className) throws Exception {
        Path marker = dir.resolve("ran");
        String body = "<#assign x = \"" + className + "\"?new()>${x(\"touch " + marker + "\")}";
        for (var target : new Object[][] {{"report.ftlh", Format.PDF}, {"slides.ftlh", Format.PPTX}}) {
            RenderException e = renderWith((String) target[0], body, (Format) target[1]);
            assertTrue(e.getMessage().startsWith(target[0] + ":2:"), e.getMessage());
            assertTrue(e.getMessage().contains("template error"), e.getMessage());
            assertFalse(Files.exists(marker), "a program ran");
        }
    }

    @Test
    void theApiBuiltInIsOff() throws Exception {
        RenderException e = renderWith("report.ftlh", "${meta?api.getClass().getName()}", Format.HTML);
        assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());
    }

    @Test
    void reflectionThroughTheDataIsHidden() throws Exception {
        RenderException e = renderWith("report.ftlh",
                "${fn.getClass().getClassLoader().loadClass(\"java.lang.Runtime\")}", Format.HTML);
        assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());
    }

    @Test
    void includesStayInsideTheTemplateFolders() throws Exception {
        Path outside = Files.createTempFile(dir.getParent(), "outside", ".ftlh");
        try {
            Files.writeString(outside, "SECRET");
            RenderException e = renderWith("report.ftlh", "<#include \"../" + outside.getFileName() + "\">", Format.HTML);
            assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());
            assertFalse(e.getMessage().contains("SECRET"));

            Files.createSymbolicLink(dir.resolve("linked.ftlh"), outside);
            e = renderWith("report.ftlh", "<#include \"linked.ftlh\">", Format.HTML);
            assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());

            e = renderWith("report.ftlh", "<#include \"" + outside.toAbsolutePath() + "\">", Format.HTML);
            assertTrue(e.getMessage().startsWith("report.ftlh:2:"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aStylesheetLinkedFromOutsideIsRefused() throws Exception {
        Path outside = Files.createTempFile(dir.getParent(), "outside", ".css");
        try {
            Files.writeString(outside, "/* SECRET */");
            Files.createSymbolicLink(dir.resolve("report.css"), outside);
            ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir));
            RenderException e = assertThrows(RenderException.class,
                    () -> renderer.render(PdfWriterTest.sampleReport(), Format.HTML, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().startsWith("report.css cannot be read: it links to"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
