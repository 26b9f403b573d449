package dev.broadsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on standard error: "error: FILE:LINE: what is wrong". The stack
 * trace is printed only with {@code --verbose}, for bug reports; the user's problem is the line.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream()
        .anyMatch(p -> p.hasMatchedOption("--verbose"));
    return report(e, cli.getErr(), verbose);
  }

  /** Prints {@code e} to {@code err} as the command reports a failure; returns the exit code. */
  static int report(Exception e, PrintWriter err, boolean verbose) {
    if (verbose) {
      e.printStackTrace(err);
    }
    err.println("error: " + message(e));
    err.flush();
    return ExitCodes.FAILED;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // A user-facing error is one line, whatever a library put in its message.
    return m.strip().lines().findFirst().orElse(m);
  }
}
