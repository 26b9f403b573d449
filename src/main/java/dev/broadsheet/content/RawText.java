package dev.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article as a newsroom dump has it: an optional headline line, paragraphs
 * separated by blank lines, and perhaps a photo caption with its credit at the end.
 *
 * @param headline   the first line, when it is short and stands alone; else empty
 * @param paragraphs body paragraphs, each with its whitespace collapsed
 * @param caption    the trailing photo caption, if there is one
 */
record RawText(Optional<String> headline, List<String> paragraphs, Optional<Caption> caption) {
  static final int MAX_HEADLINE_LINE = 120;
  private static final int MAX_LABEL = 60;
  private static final int MAX_CAPTION = 400;

  /**
   * A caption line ends in a credit: an agency, possibly with a photographer or a second agency
   * ("AFP/Getty Images", "Photo: Reuters", "(AP Photo/Jane Doe)").
   */
  private static final Pattern CREDIT = Pattern.compile(
      "^(?<text>.*?\\S)\\s*[(\\[]?\\s*(?:(?:Photo(?:graph)?|Picture|Image)s?\\s*[:/]?\\s*)?"
          + "(?<credit>\\b(?:\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}\\s*/\\s*)?"
          + "(?:Reuters|AP|AP Photo|Associated Press|AFP|Getty|Getty Images|PA|PA Wire|PA Media"
          + "|EPA|EPA-EFE|Bloomberg|Xinhua|Shutterstock|Alamy|Rex|Rex Features|ANSA|dpa|Anadolu"
          + "|Sipa|Tass|TASS|Kyodo|NurPhoto|Sky News|BBC|The Guardian|AAP|Yonhap)"
          + "(?:\\s*/\\s*[\\p{L}.' -]{1,40})?)\\s*[)\\]]?$");

  static RawText parse(String text) {
    List<List<String>> blocks = blocks(text);
    Optional<String> headline = Optional.empty();
    if (blocks.size() > 1 && blocks.get(0).size() == 1
        && blocks.get(0).get(0).length() <= MAX_HEADLINE_LINE) {
      headline = Optional.of(Typography.smarten(Whitespace.collapse(blocks.get(0).get(0))));
      blocks = blocks.subList(1, blocks.size());
    }
    Optional<Caption> caption = Optional.empty();
    if (!blocks.isEmpty()) {
      List<String> last = blocks.get(blocks.size() - 1);
      List<String> beforeLast = blocks.size() > 1 ? blocks.get(blocks.size() - 2) : List.of();
      if (last.size() == 2 && isLabel(last.get(0))) {
        caption = caption(last.get(0), last.get(1));
        if (caption.isPresent()) {
          blocks = blocks.subList(0, blocks.size() - 1);
        }
      } else if (last.size() == 1 && beforeLast.size() == 1 && isLabel(beforeLast.get(0))
          && blocks.size() > 2) {
        caption = caption(beforeLast.get(0), last.get(0));
        if (caption.isPresent()) {
          blocks = blocks.subList(0, blocks.size() - 2);
        }
      }
    }
    List<String> paragraphs = new ArrayList<>(blocks.size());
    for (List<String> block : blocks) {
      paragraphs.add(Typography.smarten(Whitespace.collapse(String.join(" ", block))));
    }
    return new RawText(headline, List.copyOf(paragraphs), caption);
  }

  /** Lines grouped into blocks at blank lines; blank-only blocks are dropped. */
  private static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** A lone short line without sentence punctuation, such as the picture's subject. */
  private static boolean isLabel(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= MAX_LABEL && !s.endsWith(".") && !s.endsWith("\"")
        && !s.endsWith("?") && !s.endsWith("!");
  }

  private static Optional<Caption> caption(String label, String line) {
    String s = Whitespace.collapse(line);
    if (s.length() > MAX_CAPTION || s.endsWith(".")) {
      return Optional.empty();
    }
    Matcher m = CREDIT.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String text = m.group("text").replaceAll("[\\s\u2013\u2014|/-]+$", "");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Caption(Typography.smarten(Whitespace.collapse(label)),
        Typography.smarten(text), m.group("credit").strip()));
  }
}
