package hotline.load;

/** Told what a load run is doing, to show a live progress line. Called from several threads. */
public interface LoadProgress {
  /** Nothing shown. */
  LoadProgress NONE = new LoadProgress() {
    @Override
    public void trialStarted(Engine engine, int rate, long planned) {}

    @Override
    public void update(long attempted, long answered, long failed) {}

    @Override
    public void trialDone(LoadResult result) {}
  };

  void trialStarted(Engine engine, int rate, long planned);

  /** Cumulated counts of the current trial. */
  void update(long attempted, long answered, long failed);

  void trialDone(LoadResult result);

  /** A line about the run itself, such as the JAIN-SIP engine's warm-up. */
  default void note(String text) {}
}
