package io.weeklyreport.cli;

import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.File;

/**
 * Writes the man pages (AsciiDoc, one per command) from the whole command line, as the build's prepare-package
 * step asks: {@code ManPages OUTDIR}. The commands are added to the command line in code, not listed in
 * {@link Main}'s annotation, so picocli-codegen is handed the command line rather than the class. Not a test.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        var cli = Main.commandLine(Terminal.system());
        System.exit(ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true, cli.getCommandSpec()));
    }
}
