/*
 * Prepares a generated corpus for Hugo (bench/run; not part of the timed build).
 *
 *   java bench/hugo/TxtToHugo.java ARTICLES_DIR CONTENT_DIR
 *
 * Hugo reads only files with front matter in a content format it knows, so:
 *  - a Markdown article (.md, with front matter) is hard-linked into CONTENT_DIR, costing
 *    neither time nor disk space;
 *  - a raw text article (.txt) becomes a .md file with the front matter Broadsheet derives:
 *    title from the headline line, date from the file name's YYYY-MM-DD- prefix. The section is
 *    the top folder for both tools. The body is kept as it is: paragraphs separated by blank
 *    lines read the same as Markdown.
 *
 * CONTENT_DIR must not exist yet; it is created.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class TxtToHugo {
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[-_ .]");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java bench/hugo/TxtToHugo.java ARTICLES_DIR CONTENT_DIR");
      System.exit(2);
    }
    Path articles = Path.of(args[0]);
    Path content = Path.of(args[1]);
    Files.createDirectories(content.getParent() == null ? Path.of(".") : content.getParent());
    Files.createDirectory(content);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Files.createDirectories(content.resolve(articles.relativize(f)).getParent());
    }
    files.parallelStream().forEach(f -> {
      try {
        convert(f, content.resolve(articles.relativize(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    System.out.println("Prepared " + files.size() + " files for Hugo in " + content);
  }

  static void convert(Path from, Path to) throws IOException {
    String name = from.getFileName().toString();
    if (name.endsWith(".md")) {
      Files.createLink(to, from);
      return;
    }
    if (!name.endsWith(".txt")) {
      return;
    }
    String text = Files.readString(from, StandardCharsets.UTF_8);
    int lineEnd = text.indexOf('\n');
    String headline = text.substring(0, lineEnd).strip();
    String body = text.substring(lineEnd + 1);
    StringBuilder sb = new StringBuilder(text.length() + 200);
    sb.append("---\ntitle: ").append(yaml(headline)).append('\n');
    Matcher m = DATE_PREFIX.matcher(name);
    if (m.find()) {
      sb.append("date: ").append(m.group(1)).append('\n');
    }
    sb.append("---\n").append(body);
    Path md = to.resolveSibling(name.substring(0, name.length() - 4) + ".md");
    Files.writeString(md, sb, StandardCharsets.UTF_8);
  }

  static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
