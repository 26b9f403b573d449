package dev.broadsheet.content;

import java.util.regex.Pattern;

/** Whitespace rules shared by front matter and raw text. */
final class Whitespace {
  private static final Pattern RUNS =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u3000]+");

  private Whitespace() {}

  /** Trims and turns every run of whitespace, line breaks included, into one space. */
  static String collapse(String s) {
    return RUNS.matcher(s).replaceAll(" ").strip();
  }
}
