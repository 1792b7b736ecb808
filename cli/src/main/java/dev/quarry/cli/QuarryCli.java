package dev.quarry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code quarry}: the generator on the command line. Exit codes: 0 ok, 1 errors in the input (or
 * files that cannot be read or written), 2 usage errors, 3 internal errors (bugs).
 */
@Command(
        name = "quarry",
        mixinStandardHelpOptions = true,
        versionProvider = QuarryVersion.class,
        description = "Generates type-safe Java from SQL schema and query files.",
        subcommands = {GenerateCommand.class, CheckCommand.class, VerifyCommand.class, AnalyzeCommand.class})
public final class QuarryCli {
    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line; tests run it in-process with their own out and err. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new QuarryCli());
        commandLine.setExecutionExceptionHandler(QuarryCli::handleException);
        return commandLine;
    }

    /**
     * Everything a command throws ends here, never as a stack trace: unreadable or unwritable
     * files are the user's to fix, anything else is a bug of ours.
     */
    private static int handleException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            commandLine.getErr().println("quarry: error: " + describe(io));
            return INPUT_ERRORS;
        }
        commandLine.getErr().println("quarry: internal error: " + describe(ex));
        commandLine.getErr().println("  this is a bug in Quarry; please report it with the input that caused it");
        return INTERNAL_ERROR;
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
