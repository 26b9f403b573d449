package dev.broadsheet.content;

/**
 * Something worth telling the user that does not stop the build.
 *
 * @param file    the article file it concerns, relative to the articles folder
 * @param message what happened and what was done about it
 */
public record Warning(String file, String message) implements Comparable<Warning> {
  @Override
  public int compareTo(Warning other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : message.compareTo(other.message);
  }

  /** A warning about the whole site rather than one file. */
  public static Warning site(String message) {
    return new Warning("", message);
  }

  @Override
  public String toString() {
    return file.isEmpty() ? message : file + ": " + message;
  }
}
