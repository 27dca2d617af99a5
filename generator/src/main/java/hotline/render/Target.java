package hotline.render;

import hotline.plan.Plan;
import java.util.List;

/**
 * A switch family that office data is generated for. Each target is one package plus one template
 * folder ({@code templates/<name>/}), registered in {@code
 * META-INF/services/hotline.render.Target}; nothing else changes when a target is added.
 */
public interface Target {
  /** The name on the command line and of the output folder: {@code kamailio}. */
  String name();

  /** One line for {@code hotline targets}. */
  String description();

  /** The files the target writes, relative to its output folder, for {@code hotline targets}. */
  List<String> files();

  /**
   * Renders the plan.
   *
   * @param plan a valid plan
   * @param context templates, the final output folder and the numbering base
   * @return the files, relative to the target's own output folder
   * @throws RenderException when the plan cannot be rendered for this switch (a missing gateway,
   *     an index out of the switch's range), with diagnostics naming the requests
   */
  List<GeneratedFile> render(Plan plan, RenderContext context) throws RenderException;
}
