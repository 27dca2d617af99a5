package hotline.verify;

/** Told of every finished call, to show progress while calls run. */
public interface Progress {
  /** Nothing shown. */
  Progress NONE = record -> {};

  void callDone(CallRecord record);
}
