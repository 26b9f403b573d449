package dev.broadsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed: the problem, close matches for a misspelt option, and
 * the usage of the command that was meant, then exit code {@link ExitCodes#USAGE}.
 */
final class UsageReporter implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println();
    cli.usage(err, cli.getColorScheme());
    err.flush();
    return ExitCodes.USAGE;
  }
}
