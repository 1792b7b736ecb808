package dev.quarry.maven;

import dev.quarry.core.DatabaseVerifier;
import dev.quarry.core.JdbcConnections;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks Quarry's inference against a live database that already holds the schema: prepares every
 * query (executing none) and compares the parameter and column types the database reports with
 * Quarry's. Each disagreement is logged as an error at the query's {@code file:line}. The JDBC
 * driver goes into the plugin's {@code <dependencies>}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends QuarryMojo {

    /** The database's JDBC URL, for example {@code jdbc:postgresql://localhost:5432/app}. */
    @Parameter(property = "quarry.verify.url", required = true)
    String url;

    @Parameter(property = "quarry.verify.user")
    String user;

    @Parameter(property = "quarry.verify.password")
    String password;

    @Parameter(property = "quarry.verify.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Quarry: verify skipped (quarry.verify.skip)");
            return;
        }
        QuarryConfig config = loadConfigOrFail();
        Quarry.Analysis analysis = Quarry.analyze(config);
        log(analysis.diagnostics());
        if (analysis.hasErrors() || analysis.ir().isEmpty()) {
            throw new MojoFailureException(DiagnosticLogFormat.failureSummary(analysis.diagnostics()));
        }
        DatabaseVerifier.Result result;
        try (Connection connection = JdbcConnections.open(url, user, password, getClass().getClassLoader())) {
            result = DatabaseVerifier.verify(analysis.ir().get(), connection);
        } catch (SQLException e) {
            throw new MojoExecutionException("Quarry: cannot verify against the database: " + e.getMessage(), e);
        }
        for (DatabaseVerifier.Mismatch m : result.mismatches()) {
            // absolute, so that IDEs link it
            getLog().error(config.baseDir().resolve(m.file()).normalize() + ":" + m.line() + ": query " + m.query()
                    + ": " + m.message());
        }
        if (!result.mismatches().isEmpty()) {
            throw new MojoFailureException("Quarry: the database disagrees with the analysis in "
                    + result.mismatches().size() + (result.mismatches().size() == 1 ? " place" : " places")
                    + " (" + result.queryCount() + " queries); see the messages above");
        }
        getLog().info("Quarry: " + result.queryCount() + " queries agree with the database");
    }
}
