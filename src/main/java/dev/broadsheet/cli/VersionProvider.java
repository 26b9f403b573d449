package dev.broadsheet.cli;

import dev.broadsheet.config.Version;
import picocli.CommandLine.IVersionProvider;

/** "broadsheet 0.1.0" for {@code --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"broadsheet " + Version.get()};
  }
}
