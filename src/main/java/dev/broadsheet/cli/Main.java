package dev.broadsheet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Entry point. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = TunedJvmLauncher.launch(args).orElseGet(() ->
        run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; output goes to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the environment given. */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env,
      String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Scripts ask for the version often; answering before picocli reads every command's
      // annotations halves the start-up time. The text is the one picocli would print.
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    }
    CommandLine cli = new CommandLine(new BroadsheetCommand(out, err, env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setParameterExceptionHandler(new UsageReporter());
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILED);
    cli.getSubcommands().values().forEach(sub -> {
      sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
      sub.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILED);
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not the input's fault: say what would help, and where it ran out only if asked.
      if (List.of(args).contains("--verbose") || List.of(args).contains("-v")) {
        e.printStackTrace(err);
      }
      err.println("error: out of memory: the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB) is too small for this site; give Java more, for example java -Xmx"
          + Math.max(2, 2 * (Runtime.getRuntime().maxMemory() >> 30)) + "g -jar broadsheet.jar"
          + " build");
      code = ExitCodes.FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }
}
