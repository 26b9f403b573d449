package dev.broadsheet.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: only help and version; the work is done by subcommands. */
@Command(name = "broadsheet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a folder of article files into a static news-archive website.",
    subcommands = {BuildCommand.class, CheckCommand.class})
final class BroadsheetCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;

  BroadsheetCommand(PrintWriter out, PrintWriter err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
  }

  Map<String, String> env() {
    return env;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing a command, e.g. 'broadsheet build'");
  }
}
