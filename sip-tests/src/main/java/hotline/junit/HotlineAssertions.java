package hotline.junit;

import hotline.verify.CallRecord;

/** Entry point of the domain assertions: {@code assertThat(call).answeredAt("02083333333")}. */
public final class HotlineAssertions {
  private HotlineAssertions() {}

  public static CallRecordAssert assertThat(CallRecord call) {
    return new CallRecordAssert(call);
  }
}
