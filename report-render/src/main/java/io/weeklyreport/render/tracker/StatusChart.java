package io.weeklyreport.render.tracker;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

import javax.xml.namespace.QName;
import java.util.List;

/**
 * The status counts per meeting as a native chart of Word or PowerPoint (POI's XDDF): stacked columns, one
 * series per status in the palette's colours, a legend, and the numbers in the chart's own workbook, so the
 * chart stays editable in Office and LibreOffice opens it as a chart.
 */
final class StatusChart {
    private StatusChart() {
    }

    static void draw(XDDFChart chart, TrackerView view) {
        TrackerView.Chart data = view.chart();
        List<TrackerView.Bar> bars = data.bars();
        int n = bars.size();
        String[] dates = bars.stream().map(TrackerView.Bar::date).toArray(String[]::new);
        chart.setTitleText(view.chartTitle());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis meetings = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis items = chart.createValueAxis(AxisPosition.LEFT);
        items.setCrosses(AxisCrosses.AUTO_ZERO);
        items.setCrossBetween(AxisCrossBetween.BETWEEN);
        items.setMinimum(0);
        XDDFBarChartData columns = (XDDFBarChartData) chart.createData(ChartTypes.BAR, meetings, items);
        columns.setBarDirection(BarDirection.COL);
        columns.setBarGrouping(BarGrouping.STACKED);
        columns.setGapWidth(40);
        columns.setVaryColors(false);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(dates,
                n == 0 ? null : chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int i = 0; i < data.series().size(); i++) {
            TrackerView.Series s = data.series().get(i);
            int column = i + 1;
            Integer[] counts = s.counts().toArray(Integer[]::new);
            XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(counts,
                    n == 0 ? null : chart.formatRange(new CellRangeAddress(1, n, column, column)), column);
            XDDFChartData.Series series = columns.addSeries(categories, values);
            series.setTitle(s.label(), chart.setSheetTitle(s.label(), column));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.text()))));
        }
        chart.plot(columns);
        overlapFully(chart);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
    }

    /**
     * Stacked columns overlap fully ({@code <c:overlap val="100"/>}); without it Office draws each series' box
     * beside the one below. Written by hand: the schema type of the value is not among poi-ooxml-lite's classes.
     */
    private static void overlapFully(XDDFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        if (bars.isSetOverlap()) {
            return;
        }
        try (XmlCursor cursor = bars.getGapWidth().newCursor()) {
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(CHART_NS, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** "#17663a" as the three bytes DrawingML writes. */
    static byte[] rgb(String css) {
        int v = Integer.parseInt(css.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
