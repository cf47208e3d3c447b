package io.weeklyreport.parser;

import java.nio.file.Path;

/** Prints the model of the files given as arguments; a tool for looking, not a test. */
final class DumpModel {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            System.out.println("=== " + a);
            System.out.print(ModelJson.print(ReportParser.parse(p), p.toAbsolutePath().getParent()));
        }
    }
}
