package hotline.cli;

/**
 * Adds a subcommand to {@code hotline} from another module (the harness adds {@code verify} and
 * {@code load}), found through {@link java.util.ServiceLoader}.
 */
public interface CommandPlugin {
  /** A new picocli command object (annotated with {@code @Command}). */
  Object command();
}
