package dev.quarry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code quarry-version.properties} at build time. */
final class QuarryVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QuarryVersion.class.getResourceAsStream("/quarry-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"quarry " + properties.getProperty("version", "(unknown version)")};
    }
}
