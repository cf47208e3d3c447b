package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help, version, completion and exit codes of the command line as a whole. */
class CommandLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"render", "watch", "serve", "check", "model", "config", "completion", "templates", "templates export",
            "templates list"})
    void everyCommandsHelpHasExamples(String command) {
        String[] args = (command + " --help").split(" ");
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Example"), run.out());
        assertTrue(run.out().contains("weekly-report " + command.split(" ")[0]), run.out());
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        for (String command : new String[] {"render", "watch", "serve", "check", "model", "config", "templates", "completion"}) {
            assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
        }
        assertTrue(run.out().contains("Exit codes: 0 ok, 1 some input failed, 2 the command line was wrong."), run.out());
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String[] args : new String[][] {{"-V"}, {"render", "-V"}, {"templates", "export", "--version"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("weekly-report "), String.join(" ", args) + ": " + run.out());
        }
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertEquals(2, CliRun.of().exitCode());
        CliRun unknown = CliRun.of("rendr", "x.md");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("render"), "suggests the command: " + unknown.err());
    }

    @Test
    void completionPrintsABashAndZshScriptForEveryCommand() {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        for (String word : new String[] {"render", "--reference-docx", "export", "--jobs"}) {
            assertTrue(run.out().contains(word), word);
        }
    }
}
