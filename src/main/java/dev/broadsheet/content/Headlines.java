package dev.broadsheet.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a headline and a summary from a lede, for texts that have neither.
 *
 * <p>A headline is a clause of the lede's first sentence: a dateline and a trailing attribution
 * ("..., a new report claims") are dropped, and a sentence still too long is cut before a
 * clause or phrase (a comma, an opening quote, "as", "in", "at"...) so that it ends on a whole
 * word and never on a dangling "to", "the" or "of". Quotations are never cut in the middle.
 */
final class Headlines {
  static final int MAX_HEADLINE = 100;
  static final int MAX_SUMMARY = 300;
  private static final int MIN_HEADLINE = 25;

  /** Words before which a sentence can be cut and still read as a headline. */
  private static final Set<String> BREAK_BEFORE = Set.of("as", "while", "because", "after",
      "before", "when", "which", "who", "whom", "whose", "but", "and", "amid", "despite",
      "following", "although", "though", "since", "in", "at", "on", "to", "for", "with", "from",
      "by", "over", "into", "during", "under", "against", "than", "that", "where", "if", "until",
      "without", "about", "between", "through", "via", "across", "around", "near", "among");

  /** Words a headline must not end on. */
  private static final Set<String> DANGLING = Set.of("a", "an", "the", "to", "of", "in", "on",
      "at", "for", "with", "from", "by", "and", "or", "but", "as", "that", "which", "who", "his",
      "her", "their", "its", "our", "my", "your", "is", "was", "were", "are", "be", "been", "has",
      "have", "had", "into", "over", "than", "this", "these", "those", "not", "nor", "so", "if",
      "will", "would", "can", "could", "should", "may", "might", "must", "very", "about", "after",
      "before", "while", "when", "where", "whose", "whom", "said", "says", "such", "some", "any");

  private static final Pattern REPORTING = Pattern.compile(
      "(?i).*\\b(claims?|claimed|says?|said|reports?|reported|reveals?|revealed|suggests?|"
          + "suggested|alleges?|alleged|warns?|warned|told|according to|announced?|confirmed?|"
          + "insists?|insisted|admits?|admitted)\\b.*");
  private static final Pattern LEADING_ATTRIBUTION =
      Pattern.compile("(?i)^(according to [^,]{1,80}|[^,]{1,60}\\b(said|says|reported) that),\\s*");
  /** "LONDON —", "WASHINGTON (Reuters) -", "PARIS:" at the start of a lede. */
  private static final Pattern DATELINE = Pattern.compile(
      "^[\\p{Lu}][\\p{Lu}\\p{M} .,'/-]{1,40}(\\s*\\([^)]{1,40}\\))?\\s*[-\\u2013\\u2014:]+\\s+");

  private Headlines() {}

  /** A headline from the first sentence of {@code lede}, or empty when there is no text. */
  static String fromLede(String lede) {
    List<String> sentences = Sentences.split(Whitespace.collapse(lede));
    if (sentences.isEmpty()) {
      return "";
    }
    String s = sentences.get(0);
    s = DATELINE.matcher(s).replaceFirst("");
    s = stripTerminal(s);
    s = dropTrailingAttribution(s);
    Matcher lead = LEADING_ATTRIBUTION.matcher(s);
    if (lead.find() && s.length() - lead.end() >= MIN_HEADLINE) {
      s = s.substring(lead.end());
    }
    if (s.length() > MAX_HEADLINE) {
      s = cutAtBreak(s);
    }
    return capitalise(trimDangling(s));
  }

  /** The lede, whole sentences up to about {@link #MAX_SUMMARY} characters. */
  static String summary(String lede) {
    List<String> sentences = Sentences.split(Whitespace.collapse(lede));
    if (sentences.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(sentences.get(0));
    for (int i = 1; i < sentences.size(); i++) {
      if (sb.length() + 1 + sentences.get(i).length() > MAX_SUMMARY) {
        break;
      }
      sb.append(' ').append(sentences.get(i));
    }
    if (sb.length() <= MAX_SUMMARY) {
      return sb.toString();
    }
    return trimDangling(cutAtWord(sb.toString(), MAX_SUMMARY - 1)) + "\u2026";
  }

  private static String dropTrailingAttribution(String s) {
    int comma = lastTopLevel(s, ',');
    if (comma <= 0) {
      return s;
    }
    String clause = s.substring(comma + 1).strip();
    String head = s.substring(0, comma).strip();
    if (clause.length() <= 70 && head.length() >= MIN_HEADLINE
        && REPORTING.matcher(clause).matches()) {
      return head;
    }
    return s;
  }

  /** The longest prefix that ends before a clause or phrase and fits; else a cut at a word. */
  private static String cutAtBreak(String s) {
    String best = null;
    boolean inQuote = false;
    for (int i = 1; i < s.length() && i <= MAX_HEADLINE + 1; i++) {
      char c = s.charAt(i);
      char prev = s.charAt(i - 1);
      boolean opens = c == '\u201C' || (c == '"' && !inQuote);
      if (opens || c == '"' || c == '\u201D') {
        if (opens && !inQuote && i - 1 <= MAX_HEADLINE) {
          best = candidate(s.substring(0, i), best);
        }
        inQuote = opens;
        continue;
      }
      if (inQuote) {
        continue;
      }
      if ((c == ',' || c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || c == '(')
          && i <= MAX_HEADLINE) {
        best = candidate(s.substring(0, i), best);
      } else if (Character.isWhitespace(prev) && Character.isLetter(c) && i - 1 <= MAX_HEADLINE) {
        String word = wordAt(s, i);
        if (BREAK_BEFORE.contains(word.toLowerCase(Locale.ROOT))) {
          best = candidate(s.substring(0, i - 1), best);
        }
      }
    }
    return best != null ? best : cutAtWord(s, MAX_HEADLINE);
  }

  private static String candidate(String prefix, String best) {
    String c = trimDangling(prefix);
    if (c.length() < MIN_HEADLINE || c.length() > MAX_HEADLINE) {
      return best;
    }
    return best == null || c.length() > best.length() ? c : best;
  }

  private static String cutAtWord(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int space = s.lastIndexOf(' ', max);
    return space > 0 ? s.substring(0, space) : s.substring(0, max);
  }

  /** Removes trailing punctuation and words a headline cannot end on. */
  static String trimDangling(String s) {
    String t = s.strip();
    while (true) {
      String before = t;
      t = t.replaceAll("[\\s,;:\\-\\u2013\\u2014(]+$", "");
      int space = t.lastIndexOf(' ');
      if (space > 0 && DANGLING.contains(t.substring(space + 1).toLowerCase(Locale.ROOT))) {
        t = t.substring(0, space);
      }
      if (t.equals(before)) {
        return t;
      }
    }
  }

  private static String stripTerminal(String s) {
    String t = s.strip();
    if (t.endsWith(".") && !t.endsWith("..")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static int lastTopLevel(String s, char target) {
    int depth = 0;
    boolean inQuote = false;
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        inQuote = c == '\u201C' || (c == '"' && !inQuote);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == target && depth == 0 && !inQuote) {
        last = i;
      }
    }
    return last;
  }

  private static String wordAt(String s, int i) {
    int e = i;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(i, e);
  }

  private static String capitalise(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
