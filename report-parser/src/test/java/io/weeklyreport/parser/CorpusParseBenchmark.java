package io.weeklyreport.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Parses the whole corpus N times in one JVM and prints the time per file: a rough figure to notice a
 * regression, not a rigorous benchmark (no JMH). The first rounds warm the JIT up and are left out.
 *
 * <pre>
 * mvn -o -q -pl report-parser -am test-compile
 * java -cp "report-parser/target/test-classes:report-parser/target/classes:report-model/target/classes:$(cat cp.txt)" \
 *      io.weeklyreport.parser.CorpusParseBenchmark [rounds] [corpus folder]
 * </pre>
 */
final class CorpusParseBenchmark {
    private CorpusParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        if (args.length > 1) {
            System.setProperty("weeklyreport.corpus", args[1]);
        }
        List<Path> notes = Corpus.notes();
        long bytes = 0;
        for (Path p : notes) {
            bytes += Files.size(p);
        }
        int warmup = Math.max(1, rounds / 5);
        ReportParser parser = new ReportParser(ParserOptions.defaults());
        long checksum = 0;
        long start = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            if (round == warmup) {
                start = System.nanoTime();
            }
            for (Path p : notes) {
                checksum += parser.read(p).allItems().size();
            }
        }
        double totalMs = (System.nanoTime() - start) / 1e6;
        double perFile = totalMs / rounds / notes.size();
        System.out.printf(Locale.ROOT, "%d files (%d KiB), %d rounds after %d warm-up: %.3f ms per file, %.1f ms per corpus, %.1f MiB/s (checksum %d)%n",
                notes.size(), bytes / 1024, rounds, warmup, perFile, totalMs / rounds,
                bytes / 1048576.0 / (totalMs / rounds / 1000), checksum);

        // A cold start as the CLI sees it: a fresh parser (vocabulary and flexmark set-up) for one file.
        long cold = System.nanoTime();
        new ReportParser(ParserOptions.defaults()).read(notes.getFirst());
        System.out.printf(Locale.ROOT, "new ReportParser + one file (warm JVM): %.2f ms%n", (System.nanoTime() - cold) / 1e6);
    }
}
