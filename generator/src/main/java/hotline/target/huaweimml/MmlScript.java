package hotline.target.huaweimml;

import java.util.List;

/**
 * A parsed MML script: its statements, the pre-existing objects it declares, and its request
 * sections in order.
 *
 * @param statements every statement, in order
 * @param assumptions the declared pre-existing objects
 * @param sections the request ids of the section banners, in order
 */
public record MmlScript(List<MmlStatement> statements, List<Assumption> assumptions, List<String> sections) {
  public MmlScript {
    statements = List.copyOf(statements);
    assumptions = List.copyOf(assumptions);
    sections = List.copyOf(sections);
  }
}
