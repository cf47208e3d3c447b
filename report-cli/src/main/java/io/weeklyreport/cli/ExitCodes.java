package io.weeklyreport.cli;

/** The exit codes the README documents. */
final class ExitCodes {
    static final int OK = 0;
    /** Some input failed (unreadable, bad template, errors found by check). */
    static final int FAILED = 1;
    /** The command line itself was wrong (picocli's default for usage errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
