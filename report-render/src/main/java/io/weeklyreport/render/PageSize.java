package io.weeklyreport.render;

/** Paper for the PDF handout and the DOCX report. */
public enum PageSize {
    A4("A4", 210, 297), LETTER("letter", 215.9, 279.4);

    private final String cssName;
    private final double widthMm;
    private final double heightMm;

    PageSize(String cssName, double widthMm, double heightMm) {
        this.cssName = cssName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public String cssName() {
        return cssName;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }
}
