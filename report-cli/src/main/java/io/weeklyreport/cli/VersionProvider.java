package io.weeklyreport.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * "weekly-report 0.1.0 (commit 69cadf1a2b3c)" from build-info.properties, which the build writes with the
 * version and the git commit (or "unknown" when built outside a git clone, e.g. from a source tarball).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    static final String BUILD_INFO = "build-info.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties p = buildInfo();
        return new String[] {
                "weekly-report " + p.getProperty("version", "unknown") + " (commit " + p.getProperty("commit", "unknown") + ")",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }

    static Properties buildInfo() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(BUILD_INFO)) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
