package hotline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.sip.SipAddress;
import org.junit.jupiter.api.Test;

class SutSpecTest {
  @Test
  void theThreeKinds() {
    assertThat(SutSpec.parse("kamailio").kind()).isEqualTo(SutSpec.Kind.KAMAILIO);
    assertThat(SutSpec.parse("container").kind()).isEqualTo(SutSpec.Kind.CONTAINER);
    assertThat(SutSpec.parse("udp:192.0.2.1:5060").external()).contains(new SipAddress("192.0.2.1", 5060));
    assertThat(SutSpec.parse("udp:[2001:db8::1]:5060").external()).contains(new SipAddress("2001:db8::1", 5060));
  }

  @Test
  void badValuesSayWhatWasExpected() {
    assertThatThrownBy(() -> SutSpec.parse("asterisk")).hasMessage("expected kamailio, container or udp:HOST:PORT, but got 'asterisk'");
    assertThatThrownBy(() -> SutSpec.parse("udp:192.0.2.1:70000")).hasMessage("expected a port 1-65535, but got '70000'");
    assertThatThrownBy(() -> SutSpec.parse("tcp:192.0.2.1:5060")).hasMessageContaining("UDP only");
  }
}
