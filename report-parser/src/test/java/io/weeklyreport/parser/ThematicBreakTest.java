package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.ThematicBreak;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A thematic break is kept in the model, where the author put it: the deck starts a new slide there. */
class ThematicBreakTest {
    @Test
    void aBreakBetweenParagraphsIsABlockOfItsOwn() {
        Report r = ReportParser.parse("# Notes\n\n## Topic\n\nfirst part\n\n---\n\nsecond part\n\n***\n", "n.md", Path.of("."));
        List<Block> blocks = r.allSections().stream().filter(s -> s.titleText().equals("Topic")).findFirst().orElseThrow().blocks();
        assertEquals(4, blocks.size(), blocks.toString());
        assertInstanceOf(Paragraph.class, blocks.get(0));
        assertInstanceOf(ThematicBreak.class, blocks.get(1));
        assertEquals(7, blocks.get(1).line());
        assertInstanceOf(Paragraph.class, blocks.get(2));
        assertInstanceOf(ThematicBreak.class, blocks.get(3));
    }

    @Test
    void aSetextHeadingIsNoBreak() {
        Report r = ReportParser.parse("# Notes\n\nTopic\n-----\n\ntext\n", "n.md", Path.of("."));
        var topic = r.allSections().stream().filter(s -> s.titleText().equals("Topic")).findFirst().orElseThrow();
        assertEquals(List.of(), topic.blocks().stream().filter(ThematicBreak.class::isInstance).toList());
    }
}
