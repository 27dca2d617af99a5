package hotline.cli;

/** Contributes {@code verify} to the {@code hotline} command. */
public final class VerifyPlugin implements CommandPlugin {
  @Override
  public Object command() {
    return new VerifyCommand();
  }
}
