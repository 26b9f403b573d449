package dev.broadsheet.config;

import java.nio.file.Path;

/** The site configuration cannot be used; the message names the file and, where known, the line. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }

  public ConfigException(String message) {
    super(message);
  }
}
