package hotline.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code hotline ...} in a child JVM on this test's class path, its output in a log file. */
final class ChildVerify {
  private ChildVerify() {}

  static Process start(Path log, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "hotline.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
