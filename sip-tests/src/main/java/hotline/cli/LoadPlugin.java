package hotline.cli;

/** Contributes {@code load} to the {@code hotline} command. */
public final class LoadPlugin implements CommandPlugin {
  @Override
  public Object command() {
    return new LoadCommand();
  }
}
