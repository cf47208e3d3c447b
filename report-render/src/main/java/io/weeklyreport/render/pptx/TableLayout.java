package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Deck.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A native table's measure: column widths shared by what each column holds, row heights from the wrapped
 * cell text, and the rows as a {@link Paginator.Flow} so that tables paginate by the rule text does.
 */
final class TableLayout implements Paginator.Flow<Integer> {
    private final TextMeasure measure;
    private final Grid grid;
    private final double[] widths;

    TableLayout(TextMeasure measure, Grid grid, double totalWidth) {
        this.measure = measure;
        this.grid = grid;
        this.widths = columnWidths(measure, grid, Math.max(1, grid.columns()), totalWidth);
    }

    double[] widths() {
        return widths.clone();
    }

    double headerHeight() {
        return grid.header().isEmpty() ? 0 : rowHeight(grid.header(), true);
    }

    /** The height of body row {@code r}. */
    @Override
    public double height(Integer r) {
        return rowHeight(grid.rows().get(r), false);
    }

    @Override
    public int lines(Integer r) {
        return 1;
    }

    @Override
    public boolean leadsInto(Integer last, Integer next) {
        return false;
    }

    @Override
    public Integer join(Integer a, Integer b) {
        return null;
    }

    /** A row is never broken: a row taller than a slide stands alone. */
    @Override
    public List<Integer> split(Integer unit, double room) {
        return null;
    }

    /** The body rows' indexes, in order: the units to paginate. */
    List<Integer> rows() {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            rows.add(r);
        }
        return rows;
    }

    double rowHeight(List<List<Span>> cells, boolean header) {
        double h = 0;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            List<Span> spans = header ? bold(cells.get(c)) : cells.get(c);
            int lines = measure.lineStarts(spans, SlideStyle.TABLE_SIZE, widths[c] - 2 * SlideStyle.INSET_X).size();
            h = Math.max(h, lines * SlideStyle.linePitch(SlideStyle.TABLE_SIZE));
        }
        return Math.max(h, SlideStyle.linePitch(SlideStyle.TABLE_SIZE)) + 2 * SlideStyle.INSET_Y;
    }

    static List<Span> bold(List<Span> spans) {
        return spans.stream().map(Span::bold).toList();
    }

    private static double[] columnWidths(TextMeasure measure, Grid grid, int columns, double total) {
        double[] natural = new double[columns];
        List<List<List<Span>>> all = new ArrayList<>(grid.rows());
        all.add(grid.header());
        for (List<List<Span>> row : all) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], measure.lineWidth(row.get(c), SlideStyle.TABLE_SIZE) + 2 * SlideStyle.INSET_X + 4);
            }
        }
        double sum = 0;
        for (double n : natural) {
            sum += Math.max(n, 40);
        }
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            // share the width by what each column holds; a short column keeps at least its words' width
            widths[c] = total * Math.max(natural[c], 40) / sum;
        }
        return widths;
    }
}
