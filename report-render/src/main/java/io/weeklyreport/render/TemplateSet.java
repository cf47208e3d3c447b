package io.weeklyreport.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
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
 *
 * <p>A template folder may come from someone else's repository (a {@code weekly-report.yaml} names it), so
 * templates run sandboxed: {@code ?new} can instantiate no class at all, {@code ?api} is off, the object
 * wrapper's member policy hides {@code getClass()} and class loaders, and {@code #include}/{@code #import}
 * resolve only inside the template folders (the file loader refuses names whose real path leaves the
 * user's folder, symbolic links included).
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
                    : new MultiTemplateLoader(new TemplateLoader[] {new InsideFolder(new FileTemplateLoader(userDir.toFile())), builtIn}));
        } catch (IOException e) {
            throw new RenderException("template folder " + userDir + " cannot be read: " + e.getMessage(), e);
        }
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
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
            Path user = userFile(name);
            if (user != null) {
                try (InputStream userLabels = Files.newInputStream(user)) {
                    labels.load(new InputStreamReader(userLabels, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RenderException(name + " cannot be read: " + e.getMessage(), e);
        }
        return labels;
    }

    private InputStream open(String name) throws IOException {
        Path user = userFile(name);
        if (user != null) {
            return Files.newInputStream(user);
        }
        InputStream in = TemplateSet.class.getResourceAsStream(BUILT_IN + "/" + name);
        if (in == null) {
            throw new IOException("no such template file");
        }
        return in;
    }

    /**
     * The user's copy of a stylesheet or labels file, or null when there is none. A copy whose real path leaves
     * the folder (a symbolic link to a file elsewhere) is refused, as the template loader refuses templates.
     */
    private Path userFile(String name) throws IOException {
        if (userDir == null || !Files.isRegularFile(userDir.resolve(name))) {
            return null;
        }
        Path real = userDir.resolve(name).toRealPath();
        if (!real.startsWith(userDir.toRealPath())) {
            throw new IOException("it links to " + real + ", outside the template folder " + userDir);
        }
        return real;
    }

    /**
     * The user's folder, where a name whose real path leaves the folder (a symbolic link out of it) is a
     * template that does not exist, so the {@code #include} naming it fails as a template error at its line
     * rather than as a Java exception.
     */
    private record InsideFolder(FileTemplateLoader files) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return files.findTemplateSource(name);
            } catch (SecurityException outside) {
                return null;
            }
        }

        @Override
        public long getLastModified(Object source) {
            return files.getLastModified(source);
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return files.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            files.closeTemplateSource(source);
        }
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
