package io.weeklyreport.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The templates, stylesheets and labels: from the user's folder first, then the built-in set in this jar
 * (the project's top-level templates/ folder).
 */
final class TemplateSet {
    static final String BUILT_IN = "/templates";
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config;
    private final Path userDir;

    TemplateSet(Path userDir) throws RenderException {
        this.userDir = userDir;
        config = new Configuration(VERSION);
        try {
            TemplateLoader builtIn = new ClassTemplateLoader(TemplateSet.class, BUILT_IN);
            config.setTemplateLoader(userDir == null ? builtIn
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), builtIn}));
        } catch (IOException e) {
            throw new RenderException("template folder " + userDir + " cannot be read: " + e.getMessage(), e);
        }
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    }

    /** Runs a template; an error names the template, line and column. */
    String apply(String name, Map<String, Object> data) throws RenderException {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (ParseException e) {
            throw new RenderException("%s:%d:%d: template syntax error: %s".formatted(
                    e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage())), e);
        } catch (TemplateException e) {
            throw new RenderException("%s:%d:%d: template error: %s".formatted(
                    e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            throw new RenderException("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A text resource beside the templates (CSS), user's copy first. */
    String text(String name) throws RenderException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Labels for a language ("zh", "en"): built-in ones, overridden key by key by the user's file. */
    Properties labels(String language) throws RenderException {
        String name = "labels_" + language + ".properties";
        Properties labels = new Properties();
        try (InputStream in = TemplateSet.class.getResourceAsStream(BUILT_IN + "/" + name)) {
            if (in == null) {
                throw new RenderException("built-in " + name + " is missing");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
                try (InputStream user = Files.newInputStream(userDir.resolve(name))) {
                    labels.load(new InputStreamReader(user, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RenderException(name + " cannot be read: " + e.getMessage(), e);
        }
        return labels;
    }

    private InputStream open(String name) throws IOException {
        if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
            return Files.newInputStream(userDir.resolve(name));
        }
        InputStream in = TemplateSet.class.getResourceAsStream(BUILT_IN + "/" + name);
        if (in == null) {
            throw new IOException("no such template file");
        }
        return in;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String trimmed = s.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl);
    }
}
