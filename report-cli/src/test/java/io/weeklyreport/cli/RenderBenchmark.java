package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm rendering speed: parse and render notes repeatedly in one JVM, after a warm-up, and print the time
 * per file and the output size. Run by bench/*.sh; not a test.
 *
 * <pre>RenderBenchmark FORMAT ROUNDS PATH...   (a PATH may be a folder: its .md files)</pre>
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Format format = Format.byName(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Path> notes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".md")).sorted().forEach(notes::add);
                }
            } else {
                notes.add(p);
            }
        }
        ReportParser parser = new ReportParser(ParserOptions.defaults());
        ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults());
        long bytes = 0;
        for (int warm = 0; warm < Math.max(1, rounds / 3); warm++) {
            bytes = renderAll(notes, parser, renderer, format);
        }
        // CPU time of this thread too: on a busy machine wall time stretches, the work does not
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            renderAll(notes, parser, renderer, format);
        }
        double perFile = (System.nanoTime() - start) / 1e6 / rounds / notes.size();
        double cpuPerFile = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds / notes.size();
        System.out.printf("warm %s: %.1f ms per file (thread CPU %.1f ms) over %d files x %d rounds; %.0f KiB per file on average%n",
                format.extension(), perFile, cpuPerFile, notes.size(), rounds, bytes / 1024.0 / notes.size());
    }

    private static long renderAll(List<Path> notes, ReportParser parser, ReportRenderer renderer, Format format)
            throws Exception {
        long bytes = 0;
        for (Path note : notes) {
            Report report = parser.read(note);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(report, format, out);
            bytes += out.size();
        }
        return bytes;
    }
}
