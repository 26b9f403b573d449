package dev.broadsheet.content;

import dev.broadsheet.config.CleanText;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.markdown.BracketLimit;
import dev.broadsheet.markdown.MarkdownService;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Reads one article file into an {@link Article}: decodes it, parses its front matter and
 * derives whatever the front matter does not give. Stateless apart from its immutable settings,
 * so one loader serves all threads.
 */
public final class ArticleLoader {
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[-_ .]|$)");

  /** The most bytes a Java array holds: the configured limit may be set higher. */
  private static final long MAX_READABLE = Integer.MAX_VALUE - 8;

  private final SiteConfig config;
  private final MarkdownService markdown;

  public ArticleLoader(SiteConfig config, MarkdownService markdown) {
    this.config = config;
    this.markdown = markdown;
  }

  /**
   * An article read from its file.
   *
   * @param article  its metadata, with the slug it would like (not yet unique)
   * @param warnings what was odd about the file
   * @param bodyHtml renders the body to HTML on demand (the caption is not part of it)
   * @param text     the body as plain text, for indexing
   */
  public record Loaded(Article article, List<Warning> warnings, Supplier<String> bodyHtml,
      Supplier<String> text) {}

  /**
   * Reads {@code file}.
   *
   * @throws ContentException naming the file, and the line where it applies, when it cannot be
   *     built
   */
  public Loaded load(SourceFile file) {
    return load(file, read(file));
  }

  /**
   * Reads an article from {@code bytes}, the content of {@code file} as {@link #read} gave it.
   *
   * @throws ContentException naming the file, and the line where it applies, when it cannot be
   *     built
   */
  public Loaded load(SourceFile file, byte[] bytes) {
    String name = file.relativePath();
    List<Warning> warnings = new ArrayList<>();
    if (TextDecoder.looksBinary(bytes)) {
      throw new ContentException(name, 0, "is not a text file (it contains NUL bytes)");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.notUtf8()) {
      warnings.add(new Warning(name, "is not valid UTF-8; read as Windows-1252"));
    }
    FrontMatter.Split split = FrontMatter.split(name, decoded.text(), config.timezone());
    FrontMatter fm = split.frontMatter();
    Body body = file.isMarkdown() ? markdownBody(name, split.body(), fm, warnings)
        : rawBody(split.body(), fm);
    if (body.words() == 0) {
      warnings.add(new Warning(name, "has no text"));
    }

    String headline = fm.title().or(body.headline()).filter(h -> !h.isBlank())
        .orElseGet(() -> humanise(file.stem()));
    String summary = fm.summary().orElseGet(body.summary());
    Optional<ArticleDate> date = fm.date().or(() -> dateFromFileName(file));
    String section = fm.section().orElseGet(() -> sectionName(file.topFolder()));
    String slug = slug(file, fm, headline, warnings);

    Article article = new Article(file, slug, headline, fm.dek().orElse(""), fm.authors(),
        fm.publication().orElse(""), section, fm.tags(), summary, date, fm.updated(), fm.draft(),
        body.words(), body.caption(), fm.extra());
    return new Loaded(article, List.copyOf(warnings), body.html(), body.text());
  }

  /**
   * The bytes of {@code file}, within the configured size limit.
   *
   * @throws ContentException when it is too large or cannot be read
   */
  public byte[] read(SourceFile file) {
    try {
      return read(file, Files.size(file.path()));
    } catch (NoSuchFileException e) {
      throw gone(file.relativePath(), e);
    } catch (IOException e) {
      throw unreadable(file.relativePath(), e);
    }
  }

  /**
   * As {@link #read(SourceFile)}, for a file the scan found to be {@code size} bytes long: that
   * many are read, by one system call, without asking the file system for the size again (of
   * the six calls reading a story took, two were for its size). A file changed since the scan
   * is read as it is now, up to that size; its new size or time has the next build read it
   * again.
   *
   * @throws ContentException when it is too large or cannot be read
   */
  public byte[] read(SourceFile file, long size) {
    String name = file.relativePath();
    checkSize(name, size);
    try (FileChannel channel = FileChannel.open(file.path())) {
      ByteBuffer bytes = ByteBuffer.allocate((int) size);
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // a file cut short since the scan ends early
      }
      return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position())
          : bytes.array();
    } catch (NoSuchFileException e) {
      throw gone(name, e);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private void checkSize(String name, long size) {
    long max = config.limits().maxArticleBytes();
    if (size > MAX_READABLE && max > MAX_READABLE) {
      throw new ContentException(name, 0, String.format(Locale.ROOT,
          "is %s, more than one article can be (%s)", megabytes(size), megabytes(MAX_READABLE)));
    }
    if (size > max) {
      throw new ContentException(name, 0, String.format(Locale.ROOT,
          "is %s, more than the limit of %s; raise max_article_size in broadsheet.yaml"
              + " to build it", megabytes(size), megabytes(max)));
    }
  }

  private static ContentException gone(String name, IOException e) {
    return new ContentException(name, 0, "disappeared while the site was being built", e);
  }

  private static ContentException unreadable(String name, IOException e) {
    return new ContentException(name, 0, "cannot be read: " + e.getMessage(), e);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /**
   * What the body of either kind gives the article. The headline and summary are worked out
   * from the text only when front matter does not give them: finding a lede's first sentence
   * cost a tenth of reading a story.
   */
  private record Body(Supplier<Optional<String>> headline, Supplier<String> summary, int words,
      Optional<Caption> caption, Supplier<String> html, Supplier<String> text) {}

  private static Body rawBody(String text, FrontMatter fm) {
    RawText raw = RawText.parse(text);
    String lede = raw.paragraphs().isEmpty() ? "" : raw.paragraphs().get(0);
    Optional<String> headline = raw.headline();
    List<String> paragraphs = raw.paragraphs();
    if (headline.isPresent() && fm.title().isPresent() && !fm.title().equals(headline)) {
      // With a title in front matter, a short first line is body text, e.g. a standfirst.
      paragraphs = new ArrayList<>(paragraphs);
      paragraphs.add(0, headline.get());
      lede = headline.get();
    }
    int words = 0;
    for (String p : paragraphs) {
      words += WordCounter.count(p);
    }
    List<String> body = List.copyOf(paragraphs);
    String summarised = lede;
    Supplier<Optional<String>> title = headline.isPresent() ? () -> headline
        : () -> Optional.of(Headlines.fromLede(summarised));
    return new Body(title, () -> Headlines.summary(summarised), words, raw.caption(),
        () -> RawHtml.paragraphs(body), () -> String.join("\n", body));
  }

  private Body markdownBody(String name, String text, FrontMatter fm, List<Warning> warnings) {
    BracketLimit.Result limited = BracketLimit.apply(text);
    if (limited.firstLine() > 0) {
      warnings.add(new Warning(name + ":" + (fm.bodyStartLine() + limited.firstLine() - 1),
          "square brackets nested more than " + BracketLimit.MAX_DEPTH + " deep; the deeper"
          + " ones are shown as text"));
    }
    Node document = parseMarkdown(name, limited.text());
    Optional<String> h1 = MarkdownText.leadingTitle(document);
    if (h1.isPresent() && (fm.title().isEmpty() || fm.title().equals(h1))) {
      MarkdownText.removeLeadingTitle(document);
    }
    String lede = MarkdownText.firstParagraph(document);
    String plain = MarkdownText.plainText(document, text.length());
    int words = WordCounter.count(plain);
    return new Body(() -> h1.or(() -> Optional.of(Headlines.fromLede(lede))),
        () -> Headlines.summary(lede), words, Optional.empty(),
        () -> renderMarkdown(name, document, text.length()), () -> plain);
  }

  /*
   * The parser bounds nesting (MarkdownService.MAX_NESTING), so neither call should fail; these
   * guards are the last line of defence, turning a library failure on one hostile file into a
   * one-line error that names it instead of a stack trace or a dead build.
   */

  private Node parseMarkdown(String name, String text) {
    try {
      return markdown.parse(text);
    } catch (StackOverflowError e) {
      throw new ContentException(name, 0, "is too deeply nested to read as Markdown", e);
    } catch (RuntimeException e) {
      throw new ContentException(name, 0, "cannot be read as Markdown: " + e.getMessage(), e);
    }
  }

  private String renderMarkdown(String name, Node document, int sourceLength) {
    try {
      // Its HTML is a little longer than its source.
      return markdown.render(document, TextBuffers.wide(sourceLength + (sourceLength >> 2) + 64));
    } catch (StackOverflowError e) {
      throw new ContentException(name, 0, "is too deeply nested to show as HTML", e);
    }
  }

  private Optional<ArticleDate> dateFromFileName(SourceFile file) {
    String fileName = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
    Matcher m = DATE_PREFIX.matcher(fileName);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ArticleDate(LocalDate.parse(m.group(1)).atStartOfDay(config.timezone()),
          true));
    } catch (DateTimeException e) {
      throw new ContentException(file.relativePath(), 0, "the file name starts with an impossible"
          + " date, " + m.group(1) + "; rename the file or give a date in front matter");
    }
  }

  private static String slug(SourceFile file, FrontMatter fm, String headline,
      List<Warning> warnings) {
    if (fm.slug().isPresent()) {
      String given = fm.slug().get();
      String safe = Slugs.slugify(given);
      if (!safe.equals(given)) {
        warnings.add(new Warning(file.relativePath(), "slug '" + given
            + "' is not a plain lower-case slug; using '" + (safe.isEmpty() ? "(derived)" : safe)
            + "'"));
      }
      if (!safe.isEmpty()) {
        return safe;
      }
    }
    String slug = Slugs.slugify(headline);
    if (slug.isEmpty()) {
      slug = Slugs.slugify(file.stem());
    }
    return slug.isEmpty() ? Slugs.hashed("article", file.relativePath()) : slug;
  }

  /** A folder name as a section name: "world" to "World", "middle-east" to "Middle east". */
  private static String sectionName(String folder) {
    return folder.isEmpty() ? "" : humanise(folder);
  }

  /** "my_first-story" to "My first story", for the headline of an article with no text. */
  private static String humanise(String stem) {
    // File names may hold any character but '/' and NUL.
    String s = Whitespace.collapse(CleanText.of(stem).replace('_', ' ').replace('-', ' '));
    return s.isEmpty() ? "Untitled" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
