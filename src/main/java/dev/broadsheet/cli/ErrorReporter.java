package dev.broadsheet.cli;

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
    if (verbose) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().println("error: " + message(e));
    cli.getErr().flush();
    return ExitCodes.FAILED;
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // A user-facing error is one line, whatever a library put in its message.
    return m.strip().lines().findFirst().orElse(m);
  }
}
