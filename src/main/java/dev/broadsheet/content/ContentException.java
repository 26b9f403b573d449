package dev.broadsheet.content;

/**
 * An article file cannot be built. The message is one line that names the file and, where it
 * applies, the line: {@code politics/a.md:3: 'date' ...}.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }

  public ContentException(String file, int line, String message, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
  }
}
