package hotline.cli;

/** Contributes {@code bench} to the {@code hotline} command. */
public final class BenchPlugin implements CommandPlugin {
  @Override
  public Object command() {
    return new BenchCommand();
  }
}
