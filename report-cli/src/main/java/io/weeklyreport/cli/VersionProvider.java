package io.weeklyreport.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** "weekly-report 0.1.0" from the version Maven filtered into version.properties. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"weekly-report " + p.getProperty("version", "unknown")
                + " (Java " + Runtime.version() + ")"};
    }
}
