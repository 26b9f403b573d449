package dev.broadsheet.check;

/**
 * One thing wrong with a built site.
 *
 * @param file    the file's path in the site, with {@code /}
 * @param message what is wrong
 */
public record Problem(String file, String message) implements Comparable<Problem> {
  @Override
  public int compareTo(Problem other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return file + ": " + message;
  }
}
