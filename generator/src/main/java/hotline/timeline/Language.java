package hotline.timeline;

/** The language of human-readable output. */
public enum Language {
  /** Simplified Chinese. */
  ZH,
  /** English. */
  EN
}
