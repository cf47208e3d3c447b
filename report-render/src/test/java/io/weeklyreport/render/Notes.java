package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.StatusMark;
import io.weeklyreport.model.Table;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small reports built in code for the render tests, and generated screenshots to put in them. */
final class Notes {
    private Notes() {
    }

    /** A screenshot-like PNG: a dark title bar, a light body, a coloured rule near the bottom edge. */
    static Path screenshot(Path dir, String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xe8ecf2));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2a2f3a));
        g.fillRect(0, 0, width, Math.max(4, height / 20));
        g.setColor(new Color(0x1f5fbf));
        g.fillRect(0, height - Math.max(4, height / 20), width, Math.max(2, height / 40));
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Image image(Path file, String alt, int line) {
        return new Image(dir(file) + "/" + file.getFileName(), alt, file.toString(), false, line);
    }

    private static String dir(Path file) {
        return file.getParent().getFileName().toString();
    }

    static Paragraph paragraph(String text, int line) {
        return new Paragraph(List.of(new Inline.Text(text)), line);
    }

    static Section section(String number, String title, int line, Block... blocks) {
        return new Section(number, List.of(new Inline.Text(title)), 1, Section.Role.CONTENT, Arrays.asList(blocks), List.of(), line);
    }

    /** A list item whose body holds the blocks given (a picture under the item's text). */
    static ItemList itemWith(String text, int line, Block... body) {
        Item item = new Item(List.of(new Inline.Text(text)), StatusMark.NONE, List.of(), Item.Task.NONE, Arrays.asList(body), line);
        return new ItemList(false, 1, List.of(item), line);
    }

    static Table table(int line, String... cells) {
        List<Table.Cell> row = new ArrayList<>();
        for (String c : cells) {
            row.add(new Table.Cell(List.of(new Inline.Text(c)), Table.Align.LEFT));
        }
        return new Table(row, List.of(row), line);
    }

    static Metadata english(String title, LocalDate date) {
        return new Metadata(title, Metadata.TitleSource.HEADING, date, null, null, Language.EN, null, "note.md", Map.of());
    }

    static Report report(Metadata meta, Meeting meeting, Section... sections) {
        return new Report(meta, meeting, List.of(), Arrays.asList(sections), List.of());
    }
}
