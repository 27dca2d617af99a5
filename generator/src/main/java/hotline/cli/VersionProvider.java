package hotline.cli;

import hotline.render.Version;
import picocli.CommandLine;

/** {@code hotline --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"hotline " + Version.current()};
  }
}
