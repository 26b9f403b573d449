package dev.broadsheet.site;

import dev.broadsheet.content.Warning;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param articlesRead article files read
 * @param pagesWritten HTML pages in the site
 * @param filesChanged files of the site written anew or deleted by this build: all of them
 *                     unless the build cache let the build update the previous site
 * @param warnings     sorted by file, then message
 * @param skipped      files under the articles folder that are not articles, with the reason
 * @param notes        what {@code --verbose} tells, such as why the build cache was not used
 * @param elapsed      wall-clock time of the build
 * @param stages       wall-clock time of each stage, in the order they ran
 * @param failures     with keep-going, one line per article left out because it could not be
 *                     built ("file:line: what is wrong"), in file order; otherwise empty
 * @param written      false when the site was not put in place: with strict, if there were
 *                     warnings
 */
public record BuildResult(int articlesRead, int pagesWritten, int filesChanged,
    List<Warning> warnings, List<String> skipped, List<String> notes, Duration elapsed,
    Map<String, Duration> stages, List<String> failures, boolean written) {
  public BuildResult {
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    failures = List.copyOf(failures);
  }

  /** True when the build did everything asked: written, with no failures. */
  public boolean succeeded() {
    return written && failures.isEmpty();
  }
}
