package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.Main;
import dev.broadsheet.related.WordCounts;
import dev.broadsheet.search.TermCounts;
import dev.broadsheet.testing.Sites;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build that reuses the previous build's cache gives exactly the site a clean build gives,
 * whatever was edited in between, and touches only the files that changed.
 */
class IncrementalBuildTest {
  private static final String[] SECTIONS = {"world", "culture", "business", ""};
  private static final String[] TAGS = {"Espionage", "Russia", "trump", "Archives", "Libraries",
      "Markets"};
  private static final String[] AUTHORS = {"Ann Lee", "Bo Chen", "ann lee", "Cy Young"};
  private static final String[] WORDS = ("intelligence sharing allies president classified"
      + " diplomats meeting officials archive library newspapers markets shares briefing"
      + " minister report source").split(" ");

  @TempDir
  Path dir;

  private Path articles;
  private Path templates;
  private Path config;
  private Path site;
  private int cleanBuilds;

  @BeforeEach
  void writeAnArchive() throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    templates = Files.createDirectories(dir.resolve("templates"));
    config = dir.resolve("broadsheet.yaml");
    site = dir.resolve("out/site");
    writeConfig("The Test Archive", 3);
    try (Stream<Path> seeds = Files.list(Path.of("articles"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(seed, articles.resolve(seed.getFileName()));
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 12; i++) {
      addArticle(random, i);
    }
  }

  @Test
  void everyIncrementalBuildEqualsACleanBuildThroughRandomEdits() throws IOException {
    Random random = new Random(20170515);
    build(site);
    assertSameAsClean("first build");
    for (int step = 0; step < 40; step++) {
      String edit = edit(random, step);
      build(site);
      assertSameAsClean("after step " + step + ": " + edit);
    }
  }

  /**
   * Articles shown or held back without a change to their files (drafts shown or not, articles
   * dated after the clock shown or not) are related as a clean build relates them: the build
   * takes their words from the cache, and the related stories' state lacks or has them.
   */
  @Test
  void articlesShownOrHeldBackUnchangedEqualACleanBuild() throws IOException {
    Random random = new Random(11);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append(sentence(random)).append(' ').append(sentence(random)).append("\n\n");
    }
    Sites.write(articles, "drafts/a-draft.md", "---\ntitle: A draft on archive markets\n"
        + "date: 2017-05-12\ndraft: true\n---\n\n" + body);
    Sites.write(articles, "later/a-later-story.md", "---\ntitle: A story for later\n"
        + "date: 2031-01-01\n---\n\n" + body + sentence(random) + "\n");
    for (List<String> options : List.<List<String>>of(List.of(), List.of("--drafts"),
        List.of("--drafts", "--future"), List.of("--future"), List.of(), List.of("--drafts"))) {
      build(site, false, options);
      assertSameAsClean("built with " + options, options);
    }
  }

  @Test
  void aBrokenCacheIsNoticedAndTheBuildIsComplete() throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.toList()) {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 40; i < bytes.length; i += 97) {
          bytes[i] ^= 0x5A;
        }
        Files.write(f, bytes);
      }
    }
    edit(new Random(3), 1);
    build(site);
    assertSameAsClean("after scribbling over the cache");
    Files.writeString(cache.resolve("manifest.bin"), "not a manifest");
    build(site);
    assertSameAsClean("after replacing the manifest");
    Path manifest = cache.resolve("manifest.bin");
    byte[] whole = Files.readAllBytes(manifest);
    Files.write(manifest, Arrays.copyOf(whole, whole.length / 2));
    edit(new Random(4), 1);
    build(site);
    assertSameAsClean("after cutting the manifest short");
    Files.write(manifest, Arrays.copyOf(Files.readAllBytes(manifest), 7));
    build(site);
    assertSameAsClean("after cutting the manifest to seven bytes");
  }

  /**
   * The table of the site's files is a file of its own beside the manifest: damaged or gone, it
   * is no table, and the build reads everything and writes the whole site.
   */
  @Test
  void aDamagedOrMissingTableOfTheSitesFilesMakesTheBuildWhole() throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    Path table = only(cache, "files-");
    byte[] bytes = Files.readAllBytes(table);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(table, bytes);
    edit(new Random(5), 1);
    assertThat(build(site, true)).contains("build cache unreadable");
    assertSameAsClean("after changing a byte of the table of files");
    Files.delete(only(cache, "files-"));
    edit(new Random(6), 1);
    assertThat(build(site, true)).contains("build cache unreadable");
    assertSameAsClean("without the table of files");
    assertThat(build(site, true)).doesNotContain("build cache unreadable");
    assertSameAsClean("in the build after that");
  }

  @Test
  void aDamagedSearchIndexStateIsMadeGoodFromTheCachedArticles() throws IOException {
    build(site);
    Path state = dir.resolve("out/.broadsheet-cache/site/search.bin");
    byte[] bytes = Files.readAllBytes(state);
    // A term's postings, just past the term: "diplomats" is indexed by its stem.
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("diplomat");
    assertThat(at).isPositive();
    for (int i = at + 12; i < at + 20; i++) {
      bytes[i] ^= 0x5A;
    }
    Files.write(state, bytes);
    edit(new Random(3), 1);
    build(site);
    assertSameAsClean("after damaging the search index's state");
    build(site);
    assertSameAsClean("in the build after that");
  }

  /**
   * The notes of where the last build put each article page and each listing page, and of
   * which article was at each place, are trusted only whole: with a byte changed anywhere in
   * one, or one cut short, every page is keyed as if there were none. Counted from its end, a
   * note holds an 8-byte checksum; before it, in the note of the article pages, the places of
   * the oldest article's page and fragment, 4 bytes each, and in that of the listings, the
   * place of the last listing's last page: a byte changed there names another file.
   */
  @ParameterizedTest(name = "byte {1} of {0} changed (from its end if negative)")
  @CsvSource({"pages.bin, -13", "pages.bin, -9", "pages.bin, 3", "pages.bin, 30",
      "listings.bin, -12", "listings.bin, -9", "listings.bin, 12", "identities.bin, -9",
      "identities.bin, 20"})
  void aDamagedNoteOfWhereThePagesAreIsNotTrusted(String name, int at) throws IOException {
    build(site);
    Path note = dir.resolve("out/.broadsheet-cache/site/" + name);
    byte[] bytes = Files.readAllBytes(note);
    byte[] flipped = bytes.clone();
    flipped[at < 0 ? bytes.length + at : 2 + (bytes[0] << 8 | bytes[1]) + at] ^= 0x01;
    Files.write(note, flipped);
    build(site);
    assertSameAsClean("after changing a byte of the note");
    Files.write(note, Arrays.copyOf(Files.readAllBytes(note), bytes.length / 2));
    edit(new Random(at), 1);
    build(site);
    assertSameAsClean("after cutting the note short");
  }

  /**
   * Without the index's state, every article's part of it is read from the cache: its search
   * terms, or for the related stories, which are then related afresh, its words. Both are in
   * the article's index entry, which is damaged in every article, so each fails its checksum
   * and is counted again from the article.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"search.bin, 3", "related.bin, 5"})
  void damagedIndexEntriesInTheCacheAreCountedAgainFromTheArticles(String state, long seed)
      throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    Files.delete(cache.resolve(state));
    damageEveryIndexEntry(cache);
    edit(new Random(seed), 1);
    assertThat(build(site, true)).contains("articles were damaged in the build cache");
    assertSameAsClean("after damaging every article's index entry, without " + state);
    assertThat(build(site, true)).doesNotContain("damaged");
    assertSameAsClean("in the build after that");
  }

  /** Flips a bit of every article's index entry (search terms and related-story words). */
  private void damageEveryIndexEntry(Path cache) throws IOException {
    Path log = onlyLog(cache);
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(log));
    int damaged = 0;
    while (bytes.remaining() >= 12) {
      int length = bytes.getInt();
      byte[] entry = new byte[length];
      bytes.get(entry);
      if (isIndexEntry(entry)) {
        bytes.put(bytes.position(), (byte) (bytes.get(bytes.position()) ^ 1));
        damaged++;
      }
      bytes.position(bytes.position() + 8);
    }
    assertThat(damaged).isEqualTo(articleFiles().size());
    Files.write(log, bytes.array());
  }

  /** Whether {@code entry} is an article's search terms then its related-story words. */
  private static boolean isIndexEntry(byte[] entry) {
    try {
      ByteBuffer parts = ByteBuffer.wrap(entry);
      int terms = parts.getInt();
      TermCounts.fromBytes(entry, 4, terms);
      int words = parts.getInt(4 + terms);
      WordCounts.fromBytes(entry, 8 + terms, words);
      return 8 + terms + words == entry.length;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void aDamagedArticleBodyInTheCacheIsReadAgainFromItsFile() throws IOException {
    build(site);
    // Damage one article's body (text and HTML) but not its head, which every build reads:
    // the damage is found only when a page is rendered from the body, as after a template edit.
    Path log;
    try (Stream<Path> files = Files.list(dir.resolve("out/.broadsheet-cache/site"))) {
      log = files.filter(f -> f.getFileName().toString().startsWith("log-")).findFirst()
          .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(log);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<p>");
    assertThat(at).isPositive();
    bytes[at + 1] = 'P';
    Files.write(log, bytes);
    Path footer = templates.resolve("partials/footer.mustache");
    Files.createDirectories(footer.getParent());
    Files.writeString(footer, defaultTemplate("partials/footer.mustache")
        .replace("</footer>", "<p>Late edition</p></footer>"));
    assertThat(build(site, true))
        .contains("1 article was damaged in the build cache and read again from its file");
    assertSameAsClean("after damaging an article's body in the cache");
    assertThat(build(site, true)).doesNotContain("damaged");
    assertSameAsClean("in the build after that");
  }

  @Test
  void aDamagedOrMissingLogOfHeadsMakesTheirArticlesReadAgainFromTheirFiles()
      throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    Path heads = cache.resolve(CacheLogs.headsOf(onlyLog(cache).getFileName().toString()));
    // The first head's headline, a few bytes into its texts, no longer matches its checksum.
    byte[] bytes = Files.readAllBytes(heads);
    bytes[4 + 12 + 2] ^= 1;
    Files.write(heads, bytes);
    assertThat(build(site, true))
        .contains("1 article was damaged in the build cache and read again from its file");
    assertSameAsClean("after damaging an article's head in the cache");
    Files.delete(cache.resolve(CacheLogs.headsOf(onlyLog(cache).getFileName().toString())));
    build(site);
    assertSameAsClean("after deleting the log of heads");
    assertThat(build(site, true)).doesNotContain("damaged");
    assertSameAsClean("in the build after that");
  }

  @Test
  void aLogMostlyOfDeadEntriesIsReplacedByOneOfTheLiveOnes() throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    Path log = onlyLog(cache);
    // As after many edits: far more dead bytes than live ones.
    Files.write(log, new byte[40 << 20], java.nio.file.StandardOpenOption.APPEND);
    Path edited = articleFiles().get(0);
    Files.writeString(edited, Files.readString(edited) + "\nOne more sentence.\n");
    // Pages whose related stories changed are rendered from the copied bodies.
    assertThat(build(site, true)).doesNotContain("damaged");
    assertSameAsClean("after the log was replaced");
    Path replaced = onlyLog(cache);
    assertThat(replaced).isNotEqualTo(log);
    assertThat(Files.size(replaced)).isLessThan(1 << 20);
    // The copied entries serve the next build as the originals did.
    Path footer = templates.resolve("partials/footer.mustache");
    Files.createDirectories(footer.getParent());
    Files.writeString(footer, defaultTemplate("partials/footer.mustache")
        .replace("</footer>", "<p>Final edition</p></footer>"));
    // Every page is rendered again from the cached bodies, each found intact.
    assertThat(build(site, true)).doesNotContain("damaged");
    assertSameAsClean("in the build after that");
  }

  @Test
  void aBuildLeavesNoTemporaryFileInTheCacheAndClearsWhatAStoppedOneLeft() throws IOException {
    build(site);
    Path cache = dir.resolve("out/.broadsheet-cache/site");
    // A build stopped by a power cut leaves the file it kept the articles' texts in.
    Files.write(cache.resolve("texts-0b9a6c1e.tmp"), new byte[4096]);
    Path edited = articleFiles().get(0);
    Files.writeString(edited, Files.readString(edited) + "\nOne more sentence.\n");
    build(site);
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("manifest.bin", "related.bin", "search.bin", "pages.bin",
              "listings.bin", "identities.bin", only(cache, "files-").getFileName().toString(),
              onlyLog(cache).getFileName().toString(),
              CacheLogs.headsOf(onlyLog(cache).getFileName().toString()));
    }
    assertSameAsClean("after the edit");
  }

  private static Path onlyLog(Path cache) throws IOException {
    return only(cache, "log-");
  }

  /** The one file of {@code cache} whose name begins with {@code prefix}. */
  private static Path only(Path cache, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      List<Path> named = files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .toList();
      assertThat(named).hasSize(1);
      return named.get(0);
    }
  }

  @Test
  void aPageSomeoneChangedInTheSiteIsPutRight() throws IOException {
    build(site);
    Path index = site.resolve("index.html");
    Files.writeString(index, "defaced", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("stray.html"), "left behind");
    build(site);
    assertSameAsClean("after editing the built site by hand");
  }

  @Test
  void aPatchCutShortIsNoticedAndTheSiteIsBuiltWhole() throws IOException {
    build(site);
    // As a build killed while moving its files into place leaves the site: marked, and with a
    // page that is neither old nor new, though of the same size and time as the old one.
    Files.writeString(site.resolve(OutputWriter.PATCHING), "");
    Path page = site.resolve("articles/donald-trump-has-admitted-he-shared-information"
        + "-with-russia.html");
    FileTime time = Files.getLastModifiedTime(page);
    byte[] bytes = Files.readAllBytes(page);
    java.util.Arrays.fill(bytes, 0, 15, (byte) 'x');
    Files.write(page, bytes);
    Files.setLastModifiedTime(page, time);
    build(site);
    assertThat(site.resolve(OutputWriter.PATCHING)).doesNotExist();
    assertSameAsClean("after a patch was cut short");
  }

  @Test
  void anEditRewritesOnlyThePagesThatChanged() throws IOException {
    build(site);
    Path untouched = site.resolve("articles/donald-trump-has-admitted-he-shared-information"
        + "-with-russia.html");
    FileTime before = Files.getLastModifiedTime(untouched);
    Path edited = articleFiles().stream().filter(p -> p.toString().endsWith(".md")).findFirst()
        .orElseThrow();
    Files.writeString(edited, Files.readString(edited) + "\nOne more sentence.\n");
    String summary = build(site);
    assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(before);
    int changed = Integer.parseInt(summary.replaceAll(".*\\((\\d+) files? changed\\).*", "$1"));
    assertThat(changed).as(summary).isBetween(1, 60);
    assertSameAsClean("after one edit");
  }

  /**
   * A new byline changes no story's words or place: the related stories are taken whole from
   * last time, and the state carried over serves the next edit, which does change words.
   */
  @Test
  void aBylineChangedTakesTheRelatedStoriesWholeAndTheNextEditStillRelatesRight()
      throws IOException {
    build(site);
    List<Path> markdown = articleFiles().stream().filter(p -> p.toString().endsWith(".md"))
        .toList();
    Path bylined = markdown.get(0);
    Files.writeString(bylined, withKey(Files.readString(bylined), "author", "A. New Byline"));
    assertThat(build(site, true)).contains("related stories: as last time");
    assertSameAsClean("after a new byline");
    Path reworded = markdown.get(1);
    Files.writeString(reworded, Files.readString(reworded).replaceFirst("(?m)^title: .*$",
        "title: Harbour markets briefing archive"));
    assertThat(build(site, true)).doesNotContain("related stories: as last time");
    assertSameAsClean("after a new headline, the state carried over");
  }

  @Test
  void addingTheNewestArticleMovesNoOtherArticlesSearchFragment() throws IOException {
    build(site);
    Map<String, String> before = searchFragments();
    Map<String, FileTime> times = new TreeMap<>();
    for (String path : before.keySet()) {
      times.put(path, Files.getLastModifiedTime(site.resolve(path)));
    }
    Sites.write(articles, "latest.md", "---\ntitle: The latest news\ndate: 2025-12-31\n---\n\n"
        + "Officials met the minister at the library.\n");
    build(site);
    Map<String, String> after = searchFragments();
    // Four articles to a fragment, counted from the oldest: the newest joins the last group,
    // and every other is as it was, not even written again.
    String last = "search/d/0/" + (after.size() - 1) + ".js";
    assertThat(after.get(last)).contains("The latest news");
    assertThat(after.size()).isBetween(before.size(), before.size() + 1);
    assertThat(before).hasSizeGreaterThan(2);
    before.keySet().stream().filter(path -> !path.equals(last)).forEach(path -> {
      assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
      try {
        assertThat(Files.getLastModifiedTime(site.resolve(path))).as(path)
            .isEqualTo(times.get(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertSameAsClean("after adding the newest article");
  }

  private Map<String, String> searchFragments() {
    Map<String, String> fragments = text(Sites.snapshot(site));
    fragments.keySet().removeIf(path -> !path.startsWith("search/d/"));
    return fragments;
  }

  @Test
  void aSectionRespeltByMostOfItsArticlesIsRenamedOnThePagesOfTheOthers() throws IOException {
    // Far apart in time and in words, so no page links to another: only the section's name
    // ties the first to the others.
    Sites.write(articles, "opinion-0.md", "---\ntitle: Gardens\ndate: 2017-06-01\n"
        + "section: Opinion\n---\n\nGardens bloom quietly.\n");
    for (int i = 1; i < 3; i++) {
      Sites.write(articles, "opinion-" + i + ".md", "---\ntitle: Opinion " + i
          + "\ndate: 2001-01-0" + i + "\nsection: Opinion\n---\n\nA view.\n");
    }
    build(site);
    for (int i = 1; i < 3; i++) {
      Path file = articles.resolve("opinion-" + i + ".md");
      Files.writeString(file, Files.readString(file).replace("Opinion\n", "OPINION\n"));
    }
    build(site);
    assertThat(Files.readString(site.resolve("articles/gardens.html"))).contains("OPINION");
    assertSameAsClean("after respelling a section");
  }

  @Test
  void anArticleWhoseSlugANewArticleTakesIsRenamedInTheFeeds() throws IOException {
    Sites.write(articles, "b-harbour.md", "---\ntitle: Harbour news\ndate: 2017-06-02\n"
        + "section: World\n---\n\nBoats came in.\n");
    build(site);
    // First by path, the new article takes the slug; the old one's file is as it was. Undated,
    // the new one is in no feed, so only the old one's new address changes them.
    Sites.write(articles, "a-harbour.md", "---\ntitle: Harbour news\n---\n\nBoats went out.\n");
    build(site);
    assertThat(Files.readString(site.resolve("feed.xml")))
        .contains("articles/harbour-news-2.html");
    assertSameAsClean("after a new article took another's slug");
  }

  @Test
  void anUpdatedDateThatMovesNoArticleStillReachesTheSitemap() throws IOException {
    Sites.write(articles, "corrected.md", "---\ntitle: Corrected\ndate: 2001-03-04\n---\n\n"
        + "A story put right later.\n");
    build(site);
    // The article stays where it was in every listing: only the time the sitemap shows moves.
    Sites.write(articles, "corrected.md", "---\ntitle: Corrected\ndate: 2001-03-04\n"
        + "updated: 2001-03-09T10:30:00Z\n---\n\nA story put right later.\n");
    build(site);
    assertThat(Sites.snapshot(site).entrySet().stream()
        .filter(file -> file.getKey().startsWith("sitemap"))
        .map(file -> new String(file.getValue(), StandardCharsets.UTF_8)))
        .anySatisfy(sitemap -> assertThat(sitemap).contains("2001-03-09T10:30:00Z"));
    assertSameAsClean("after an article was given an updated date");
  }

  /** Applies one random edit; returns what it did, for the failure message. */
  private String edit(Random random, int step) throws IOException {
    List<Path> files = articleFiles();
    Path target = files.get(random.nextInt(files.size()));
    String text = Files.readString(target);
    switch (random.nextInt(15)) {
      case 0:
        return "added " + addArticle(random, 100 + step);
      case 1:
        Files.writeString(target, text + "\n" + sentence(random) + "\n");
        return "appended to " + target;
      case 2:
        Files.writeString(target, text.replaceFirst("(?m)^title: .*$",
            "title: A new headline " + step));
        return "retitled " + target;
      case 3:
        Files.writeString(target, text.replaceFirst("(?m)^date: .*$",
            "date: 20" + (10 + random.nextInt(10)) + "-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10)));
        return "redated " + target;
      case 4:
        Files.writeString(target, text.replaceFirst("(?m)^tags: .*$",
            "tags: [" + TAGS[random.nextInt(TAGS.length)] + "]"));
        return "retagged " + target;
      case 5:
        Files.delete(target);
        return "deleted " + target;
      case 6:
        Path renamed = target.resolveSibling("renamed-" + step + "-" + target.getFileName());
        Files.move(target, renamed);
        return "renamed " + target;
      case 7:
        Path footer = templates.resolve("partials/footer.mustache");
        Files.createDirectories(footer.getParent());
        Files.writeString(footer, defaultTemplate("partials/footer.mustache")
            .replace("</footer>", "<p>Edition " + step + "</p></footer>"));
        return "changed the footer template";
      case 8:
        writeConfig("The Test Archive " + step, 2 + random.nextInt(3));
        return "changed the config";
      case 10:
        // Spelt as another article spells it, or not: the newest spelling names the section.
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        Files.writeString(target, withKey(text, "section", random.nextBoolean() ? section
            : section.toUpperCase(Locale.ROOT)));
        return "moved " + target + " to another section";
      case 11:
        Files.writeString(target, withKey(text, "author", AUTHORS[random.nextInt(
            AUTHORS.length)]));
        return "gave " + target + " another author";
      case 12:
        // Terms differing only in case are one, named as the newest article names it.
        String tag = TAGS[random.nextInt(TAGS.length)];
        Files.writeString(target, text.replaceFirst("(?m)^tags: .*$", "tags: ["
            + (random.nextBoolean() ? tag.toUpperCase(Locale.ROOT) : tag.toLowerCase(
                Locale.ROOT)) + "]"));
        return "recased a tag of " + target;
      case 13:
        Files.writeString(target, withKey(text, "slug", "shared-slug"));
        return "gave " + target + " a slug another article may have";
      case 14:
        Files.writeString(target, withKey(text, "draft", String.valueOf(random.nextBoolean())));
        return "drafted or published " + target;
      default:
        // Same size, same second: only the content hash can tell.
        String swapped = text.replace("the", "teh");
        Files.writeString(target, swapped);
        return "swapped letters in " + target;
    }
  }

  /** Sets a front-matter key of a Markdown article; raw text has none to set. */
  private static String withKey(String text, String key, String value) {
    if (!text.startsWith("---\n")) {
      return text;
    }
    return "---\n" + key + ": " + value + "\n"
        + text.substring(4).replaceFirst("(?m)^" + key + ": .*\n", "");
  }

  private String addArticle(Random random, int n) throws IOException {
    String section = SECTIONS[random.nextInt(SECTIONS.length)];
    String name = (section.isEmpty() ? "" : section + "/") + "story-" + n + ".md";
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 3 + random.nextInt(4); p++) {
      body.append(sentence(random)).append(' ').append(sentence(random)).append("\n\n");
    }
    Sites.write(articles, name, "---\ntitle: Story number " + n + " on "
        + WORDS[random.nextInt(WORDS.length)] + "\ndate: 2017-05-" + (10 + random.nextInt(9))
        + "\ntags: [" + TAGS[random.nextInt(TAGS.length)] + ", "
        + TAGS[random.nextInt(TAGS.length)] + "]\n---\n\n" + body);
    return name;
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder("The");
    for (int w = 0; w < 8 + random.nextInt(8); w++) {
      s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }

  private void writeConfig(String title, int pageSize) throws IOException {
    // Sitemaps of a few URLs each, so that edits add, drop and change parts of them.
    Files.writeString(config, "title: " + title + "\nbase_url: https://example.org/news/\n"
        + "page_size: " + pageSize + "\nsitemap_max_urls: 7\n");
  }

  private List<Path> articleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(articles)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String defaultTemplate(String name) throws IOException {
    try (InputStream in = IncrementalBuildTest.class.getClassLoader()
        .getResourceAsStream("dev/broadsheet/theme/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Builds with the command line, as a user would; returns the summary line. */
  private String build(Path out) {
    return build(out, false);
  }

  /** As {@link #build(Path)}; when verbose, returns the notes on standard error too. */
  private String build(Path out, boolean verbose) {
    return build(out, verbose, List.of());
  }

  /** As {@link #build(Path, boolean)}, with {@code more} options. */
  private String build(Path out, boolean verbose, List<String> more) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    List<String> args = new ArrayList<>(List.of("build", "-a", articles.toString(), "-t",
        templates.toString(), "-c", config.toString(), "-o", out.toString(), "--clock",
        Sites.CLOCK.toString()));
    args.addAll(more);
    if (verbose) {
      args.add("--verbose");
    }
    int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), Map.of(),
        args.toArray(String[]::new));
    assertThat(code).as(stderr.toString()).isZero();
    return stdout.toString().strip() + (verbose ? "\n" + stderr : "");
  }

  private void assertSameAsClean(String when) {
    assertSameAsClean(when, List.of());
  }

  /** As {@link #assertSameAsClean(String)}, both built with {@code more} options. */
  private void assertSameAsClean(String when, List<String> more) {
    Path clean = dir.resolve("clean-" + cleanBuilds++ + "/site");
    build(clean, false, more);
    Map<String, String> expected = text(Sites.snapshot(clean));
    Map<String, String> actual = text(Sites.snapshot(site));
    assertThat(actual.keySet()).as(when).isEqualTo(expected.keySet());
    List<String> differing = new ArrayList<>();
    expected.forEach((path, bytes) -> {
      if (!bytes.equals(actual.get(path))) {
        differing.add(path);
      }
    });
    assertThat(differing).as(when).isEmpty();
    assertThat(folders(site)).as(when).isEqualTo(folders(clean));
  }

  /** The site's folders: a patched site must not keep one a clean build would not make. */
  private static List<String> folders(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> text(Map<String, byte[]> files) {
    Map<String, String> text = new TreeMap<>();
    files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
    return text;
  }
}
