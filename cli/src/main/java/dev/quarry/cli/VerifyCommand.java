package dev.quarry.cli;

import dev.quarry.core.DatabaseVerifier;
import dev.quarry.core.JdbcConnections;
import dev.quarry.core.Quarry;
import dev.quarry.core.config.QuarryConfig;
import dev.quarry.core.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Prepares every query on a live database that already has the schema (nothing is executed) "
                + "and compares the parameter and column types the database reports with Quarry's. "
                + "Exit code 1 when they disagree or the database cannot be reached. "
                + "Drivers for PostgreSQL and MariaDB/MySQL are included.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
            description = "The database, for example jdbc:postgresql://localhost:5432/app.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The user's password; default: the QUARRY_DB_PASSWORD environment variable.",
            defaultValue = "${env:QUARRY_DB_PASSWORD}")
    String password;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Optional<QuarryConfig> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return QuarryCli.INPUT_ERRORS;
        }
        Quarry.Analysis analysis = Quarry.analyze(loaded.get());
        err.print(DiagnosticRenderer.render(analysis.diagnostics()));
        if (analysis.hasErrors() || analysis.ir().isEmpty()) {
            err.println("quarry: errors in the input; nothing verified");
            return QuarryCli.INPUT_ERRORS;
        }
        DatabaseVerifier.Result result;
        try (Connection connection = JdbcConnections.open(url, user, password, VerifyCommand.class.getClassLoader())) {
            result = DatabaseVerifier.verify(analysis.ir().get(), connection);
        } catch (SQLException e) {
            err.println("quarry: error: cannot verify against the database: " + e.getMessage());
            return QuarryCli.INPUT_ERRORS;
        }
        result.mismatches().forEach(m -> err.println(m.render()));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        err.printf("quarry: %d queries verified, %d disagreements in %d ms%n",
                result.queryCount(), result.mismatches().size(), millis);
        return result.mismatches().isEmpty() ? QuarryCli.OK : QuarryCli.INPUT_ERRORS;
    }
}
