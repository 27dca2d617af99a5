package hotline.junit;

import static hotline.junit.HotlineAssertions.assertThat;

import hotline.sip.LineBehaviour;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's example of a QA engineer's own test: the extension starts the Guangdong office data
 * on an embedded Kamailio, with a call center and a caller, once for the class.
 */
@Tag("kamailio")
@HotlineRequests("../fixtures/requests/guangdong.yaml")
class HotlineExtensionExampleTest {
  @Test
  void callersOfGuangzhouReachTheCallCenter(Hotline hotline) {
    assertThat(hotline.call("02020000001", "12333")).answeredAt("02083333333").within(Duration.ofSeconds(2));
  }

  @Test
  void callersOfShenzhenDoNotReachGuangzhou(Hotline hotline) {
    assertThat(hotline.call("075520000001", "12333")).answeredAt("075588812333");
  }

  @Test
  void aBusyPilotHuntsToTheNextLine(Hotline hotline) {
    hotline.callCenter().setNextCallBehaviour("02083333333", LineBehaviour.busy());
    assertThat(hotline.call("02020000002", "12333")).answeredAt("02083333334").triedLines("02083333333", "02083333334");
  }

  @Test
  void onlyTheExactServiceCodeIsRouted(Hotline hotline) {
    assertThat(hotline.call("02020000001", "123331")).rejectedWith(404).reachedNoLine();
  }
}
