package dev.broadsheet.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a theme's page templates once and renders views through them. Compiled templates are
 * immutable, so one engine renders pages on many threads at once. Every error names the template
 * file and line.
 */
public final class TemplateEngine {
  /** The page templates every theme has; partials and the layout are found through these. */
  public static final String LISTING = "listing.mustache";
  public static final String ARTICLE = "article.mustache";
  public static final String TERMS = "terms.mustache";
  public static final String ARCHIVE = "archive.mustache";
  public static final String NOT_FOUND = "404.mustache";
  public static final String SEARCH = "search.mustache";
  private static final String[] PAGES = {LISTING, ARTICLE, TERMS, ARCHIVE, NOT_FOUND, SEARCH};

  private static final Pattern LOCATION = Pattern.compile("@\\[([^:\\]]+):(\\d+)\\]");
  private static final Pattern MISSING = Pattern.compile("Template (\\S+) not found");

  private final Theme theme;
  private final Map<String, Mustache> pages;
  /**
   * Each thread's writer, emptied after each page: a new one for every page (a 32 KB buffer
   * and an 8 KB array of characters) was a sixteenth of all the bytes a build of 10,000
   * articles allocated.
   */
  private final ThreadLocal<Utf8Writer> writers =
      ThreadLocal.withInitial(() -> new Utf8Writer(32 * 1024));

  public TemplateEngine(Theme theme) {
    this.theme = theme;
    DefaultMustacheFactory factory = new DefaultMustacheFactory(name ->
        theme.find(name).map(s -> new StringReader(s.text())).orElse(null)) {
      @Override
      public void encode(String value, Writer writer) {
        if (writer instanceof Utf8Writer utf8) {
          utf8.writeEscaped(value);
        } else {
          HtmlEscaper.escape(value, writer);
        }
      }
    };
    Map<String, Mustache> compiled = new TreeMap<>();
    for (String page : PAGES) {
      if (theme.find(page).isEmpty()) {
        throw new TemplateException(page + ": template not found");
      }
      try {
        compiled.put(page, factory.compile(page));
      } catch (MustacheException e) {
        throw translate(page, e);
      }
    }
    this.pages = Map.copyOf(compiled);
  }

  /** Renders {@code view} through the page template {@code page}. */
  public String render(String page, Object view) {
    return new String(renderBytes(page, view), StandardCharsets.UTF_8);
  }

  /** Renders {@code view} through the page template {@code page}, as UTF-8. */
  public byte[] renderBytes(String page, Object view) {
    Mustache mustache = pages.get(page);
    if (mustache == null) {
      throw new IllegalArgumentException("not a page template: " + page);
    }
    // Taken from the thread while in use, so that a page rendered inside this one, were there
    // ever one, gets a writer of its own.
    Utf8Writer out = writers.get();
    writers.remove();
    try {
      mustache.execute(out, view).flush();
      return out.toByteArray();
    } catch (MustacheException e) {
      throw translate(page, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (out.reset()) {
        writers.set(out);
      }
    }
  }

  /**
   * The template and line that include the missing {@code partial}, since Mustache.java does not
   * say where the reference stood.
   */
  private String[] includer(String partial) {
    String name = partial.substring(partial.lastIndexOf('/') + 1).replace(".mustache", "");
    Pattern reference = Pattern.compile("\\{\\{\\s*[<>]\\s*([^}\\s]*/)?" + Pattern.quote(name)
        + "\\s*}}");
    for (String template : theme.templateNames()) {
      String[] lines = theme.find(template).map(Theme.Source::text).orElse("").split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (reference.matcher(lines[i]).find()) {
          return new String[] {template, String.valueOf(i + 1)};
        }
      }
    }
    return null;
  }

  /** "Failed to close 'a' tag @[article.mustache:3]" to "templates/article.mustache:3: ...". */
  private TemplateException translate(String page, MustacheException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = LOCATION.matcher(message);
    String file = page;
    String line = "";
    if (m.find()) {
      file = m.group(1);
      line = ":" + m.group(2);
    }
    Matcher missing = MISSING.matcher(message);
    if (line.isEmpty() && missing.find()) {
      String[] where = includer(missing.group(1));
      if (where != null) {
        file = where[0];
        line = ":" + where[1];
      }
    }
    String origin = theme.find(file).map(Theme.Source::origin).orElse(file);
    String reason = LOCATION.matcher(message).replaceAll("").strip();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !reason.contains(cause.getMessage())) {
      reason = reason + ": " + cause.getMessage();
    }
    return new TemplateException(origin + line + ": " + reason, e);
  }
}
