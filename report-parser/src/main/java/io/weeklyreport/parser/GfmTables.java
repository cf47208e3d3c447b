package io.weeklyreport.parser;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.regex.Pattern;

/**
 * Pipe tables as GitHub reads them (GFM spec, "Tables (extension)"): one dash is enough for a delimiter
 * cell ({@code |-- | -- |}, {@code |-|:-:|}); the header and delimiter rows have the same number of cells
 * or there is no table; a body row with fewer cells is padded, one with more is cut; no column spans
 * ({@code ||} is an empty cell) and no captions. flexmark's defaults differ on each of these points.
 */
final class GfmTables {
    /** A delimiter row: cells of dashes with optional colons, separated (and perhaps framed) by pipes. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    private GfmTables() {
    }

    static void configure(MutableDataSet flexmark) {
        flexmark.set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.WITH_CAPTION, false)
                .set(TablesExtension.MIN_HEADER_ROWS, 1)
                .set(TablesExtension.MAX_HEADER_ROWS, 1);
    }

    /**
     * Whether {@code header} over {@code delimiter} opens a table: the delimiter row holds a pipe (a bare
     * "-" line is a heading underline or a list) and as many cells as the header row.
     */
    static boolean opensTable(String header, String delimiter) {
        return header.contains("|") && delimiter.contains("|") && DELIMITER_ROW.matcher(delimiter).matches()
                && cells(header) == cells(delimiter);
    }

    /** The number of cells of a row: pipes that separate, not the framing ones nor escaped ones. */
    private static int cells(String row) {
        String r = row.strip().replace("\\|", "");
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        int pipes = 0;
        for (int i = 0; i < r.length(); i++) {
            pipes += r.charAt(i) == '|' ? 1 : 0;
        }
        return pipes + 1;
    }
}
