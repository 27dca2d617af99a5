package hotline.render;

import hotline.diagnostics.Diagnostic;
import hotline.diagnostics.InvalidInputException;
import java.util.List;

/** A plan that a target cannot render, with a diagnostic per problem. */
public final class RenderException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public RenderException(List<Diagnostic> diagnostics) {
    super(new InvalidInputException(diagnostics).getMessage());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
