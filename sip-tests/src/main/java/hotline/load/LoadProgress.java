package hotline.load;

/**
 * Told what a load run is doing, to show a live progress line. Called from several threads. Every
 * method does nothing unless overridden.
 */
public interface LoadProgress {
  /** Nothing shown. */
  LoadProgress NONE = new LoadProgress() {};

  default void trialStarted(Engine engine, int rate, long planned) {}

  /** Cumulated counts of the current trial. */
  default void update(long attempted, long answered, long failed) {}

  default void trialDone(LoadResult result) {}

  /** A line about the run itself, such as the JAIN-SIP engine's warm-up. */
  default void note(String text) {}
}
