package io.weeklyreport.model;

/** The language a note is written in; it picks labels such as "第 N 页 / 共 M 页" or "Page N of M". */
public enum Language {
    ZH("zh-CN"), EN("en-US");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag written into documents ({@code zh-CN}, {@code en-US}). */
    public String tag() {
        return tag;
    }
}
