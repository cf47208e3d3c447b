package io.weeklyreport.render.pptx;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;

/**
 * {@code <@slide layout="content" level=2 breakBefore=true>…</@slide>} in slides.ftlh: writes one
 * {@code <section class="slide">} and marks it with the template line that wrote it, so that the writer's
 * vocabulary check ({@link DeckVocabulary}) can name that line. An unknown layout or parameter fails at once,
 * at the directive's own line and column. Public only because FreeMarker calls it. Internal.
 */
public final class SlideDirective implements TemplateDirectiveModel {
    private static final Set<String> PARAMETERS = Set.of("layout", "level", "breakBefore");

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        for (Object name : params.keySet()) {
            if (!PARAMETERS.contains(name.toString())) {
                throw new TemplateModelException("@slide has no parameter '" + name + "' (it takes layout, level, breakBefore)");
            }
        }
        if (!(params.get("layout") instanceof TemplateScalarModel layoutModel)) {
            throw new TemplateModelException("@slide needs layout=\"...\" (one of the layouts: title, agenda, content, ...)");
        }
        String layout = layoutModel.getAsString();
        if (SlideKind.byId(layout) == null) {
            throw new TemplateModelException(DeckVocabulary.unknownLayout(layout));
        }
        int level = params.get("level") instanceof TemplateNumberModel n ? n.getAsNumber().intValue() : 0;
        boolean breakBefore = params.get("breakBefore") instanceof TemplateBooleanModel b && b.getAsBoolean();
        int line = env.getCurrentDirectiveCallPlace().getBeginLine();
        Writer out = env.getOut();
        out.write("<section class=\"slide\" data-layout=\"" + layout + "\" data-line=\"" + line + "\"");
        if (level > 0) {
            out.write(" data-level=\"" + level + "\"");
        }
        if (breakBefore) {
            out.write(" data-break=\"before\"");
        }
        out.write(">");
        if (body != null) {
            body.render(out);
        }
        out.write("</section>");
    }
}
