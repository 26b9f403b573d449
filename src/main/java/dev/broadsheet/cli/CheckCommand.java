package dev.broadsheet.cli;

import dev.broadsheet.check.Problem;
import dev.broadsheet.check.SiteChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code broadsheet check [SITE]}: reads a built site as a reader's browser would and lists what
 * is broken, one "file: problem" line each, on standard output; exit 1 when anything is.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks a built site: links and #anchors resolve from disk and under a"
        + " sub-path, pages are well-formed HTML5 with lang and <title> and unique ids, feeds"
        + " and sitemaps parse, and every referenced file exists.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  private BroadsheetCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", defaultValue = "site",
      description = "The built site's folder. Default: ${DEFAULT-VALUE}")
  private Path site;

  @Option(names = {"-q", "--quiet"}, description = "Print the problems only, no summary")
  private boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors")
  private boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = parent.out();
    SiteChecker.Report report;
    try {
      report = SiteChecker.check(site);
    } catch (IllegalArgumentException e) {
      parent.err().println("error: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    for (Problem p : report.problems()) {
      out.println(p);
    }
    if (!quiet) {
      int n = report.problems().size();
      parent.err().println("Checked " + site + ": " + report.pages() + " pages, "
          + report.files() + " files, " + (n == 0 ? "no problems" : n + " problem"
          + (n == 1 ? "" : "s")));
    }
    return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
