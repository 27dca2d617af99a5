package hotline.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code hotline generate} was asked to do, validated.
 *
 * @param files the request files
 * @param targets the names of the targets to render, at least one
 * @param out the output folder
 * @param templates a folder overriding bundled templates, if any
 * @param indexBase where allocated indices start on vendor switches
 */
public record GenerateSettings(List<Path> files, List<String> targets, Path out, Optional<Path> templates, int indexBase) {
  public GenerateSettings {
    files = List.copyOf(files);
    targets = List.copyOf(targets);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(templates, "templates");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("expected at least one request file");
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("expected at least one target");
    }
  }
}
