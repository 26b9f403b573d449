package dev.broadsheet.cli;

/** Every exit code Broadsheet returns, in one place. */
public final class ExitCodes {
  /** The command did what was asked, possibly with warnings. */
  public static final int OK = 0;
  /** The input could not be built; the message says which file and why. */
  public static final int FAILED = 1;
  /** The command line was wrong: an unknown option, a missing or malformed value. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
