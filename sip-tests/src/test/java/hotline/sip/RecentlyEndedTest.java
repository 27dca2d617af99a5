package hotline.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentlyEndedTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RecentlyEnded ended = new RecentlyEnded(now::get);

  @Test
  void aDialogIsKnownForTheLingerTimeThenForgotten() {
    ended.add("call-1 tag-1");

    now.addAndGet(RecentlyEnded.LINGER.toNanos() - 1);
    assertThat(ended.contains("call-1 tag-1")).isTrue();
    assertThat(ended.contains("call-1 other-tag")).isFalse();

    now.addAndGet(1);
    assertThat(ended.contains("call-1 tag-1")).isFalse();
  }

  @Test
  void expiredKeysAreDroppedAsNewOnesComeSoTheTableHoldsOnlyTheLingerTime() {
    for (int i = 0; i < 1_000; i++) {
      ended.add("call-" + i);
      now.addAndGet(RecentlyEnded.LINGER.toNanos() / 100);
    }
    // one key per hundredth of the linger time: about a hundred are still held
    assertThat(ended.size()).isBetween(100, 101);
    assertThat(ended.contains("call-999")).isTrue();
    assertThat(ended.contains("call-0")).isFalse();
  }

  @Test
  void aDialogEndedAgainIsKeptFromItsLastEnd() {
    ended.add("call-1");
    now.addAndGet(RecentlyEnded.LINGER.toNanos() / 2);
    ended.add("call-1");
    now.addAndGet(RecentlyEnded.LINGER.toNanos() / 2 + 1);
    ended.add("call-2"); // expires the first entry of call-1, not its second

    assertThat(ended.contains("call-1")).isTrue();
  }
}
