package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.Palette;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The deck XHTML ({@code slides.ftlh}) to a native, editable PPTX, in three steps: {@link DeckReader} reads the
 * XHTML (checking it against the {@link DeckVocabulary}), {@link DeckComposer} composes the slides with the
 * text measured by the real font metrics, {@link SlideDrawer} draws them with POI. Public only because
 * {@code ReportRenderer} calls it. Internal.
 */
public final class PptxWriter {
    private final RenderOptions options;

    public PptxWriter(RenderOptions options) {
        this.options = options;
    }

    /** Writes the deck; returns what the user should hear about (a layout the reference deck lacks), each once. */
    public List<String> write(String deckXhtml, Report report, OutputStream out) throws RenderException, IOException {
        Result result = compose(deckXhtml, report);
        out.write(result.bytes());
        return result.warnings();
    }

    /** The written deck, what the drawer measured and the composed slides (tests look at them), the warnings. */
    record Result(byte[] bytes, List<SlideDrawer.FittedText> fitted, List<Page> pages, List<String> warnings) {
    }

    Result compose(String deckXhtml, Report report) throws RenderException, IOException {
        Deck deck = DeckReader.read(deckXhtml);
        TextMeasure measure = TextMeasure.of(options.fontRegular(), options.fontBold());
        Palette palette = Palette.of(options.theme().colors());
        // everything that can fail (a broken reference deck, a bad font) fails before a byte is written
        DeckTemplate template = options.referencePptx() != null
                ? DeckTemplate.reference(options.referencePptx())
                : DeckTemplate.builtIn(options.eastAsiaFont(), options.latinFont(), palette.accent().awt());
        try (XMLSlideShow show = template.show()) {
            TextRuns runs = new TextRuns(palette, options.eastAsiaFont(), options.latinFont(), template.builtIn(), deck);
            SlideDrawer drawer = new SlideDrawer(template, measure, runs, deck);
            List<Page> pages;
            try {
                pages = new DeckComposer(template, measure, deck).compose();
                pages.forEach(drawer::draw);
            } catch (RuntimeException e) {
                throw new RenderException("PPTX rendering failed: " + e.getMessage(), e);
            }
            var core = show.getProperties().getCoreProperties();
            core.setTitle(deck.title());
            core.setCreator(report.metadata().author() != null ? report.metadata().author() : "weekly-report");
            core.setDescription(deck.footer());
            show.getProperties().getExtendedProperties().setApplication("weekly-report");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            show.write(buffer);
            return new Result(buffer.toByteArray(), drawer.fitted(), pages, template.warnings());
        }
    }
}
