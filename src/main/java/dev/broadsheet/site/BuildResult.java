package dev.broadsheet.site;

import dev.broadsheet.content.Warning;
import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param articlesRead article files read
 * @param pagesWritten HTML pages written
 * @param warnings     sorted by file, then message
 * @param skipped      files under the articles folder that are not articles, with the reason
 * @param elapsed      wall-clock time of the build
 * @param failures     with keep-going, one line per article left out because it could not be
 *                     built ("file:line: what is wrong"), in file order; otherwise empty
 * @param written      false when the site was not put in place: with strict, if there were
 *                     warnings
 */
public record BuildResult(int articlesRead, int pagesWritten, List<Warning> warnings,
    List<String> skipped, Duration elapsed, List<String> failures, boolean written) {
  public BuildResult {
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
    failures = List.copyOf(failures);
  }

  /** True when the build did everything asked: written, with no failures. */
  public boolean succeeded() {
    return written && failures.isEmpty();
  }
}
