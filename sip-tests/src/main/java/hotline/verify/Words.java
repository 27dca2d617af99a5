package hotline.verify;

import hotline.plan.Activation;

/** The plain words reports use for an activation. */
final class Words {
  private Words() {}

  /** "Guangzhou (020)". */
  static String area(Activation a) {
    return a.network().area().cityEn() + " (" + a.network().area().code() + ")";
  }
}
