package hotline.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One way a broken switch answers an INVITE, with the disposition the harness must record for it.
 * The answers are raw datagrams, so they can be anything a real switch might get wrong.
 */
enum SwitchFault {
  /** A 200 whose To header has no tag: no dialog can be formed. */
  NO_TO_TAG("malformed-answer") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      return List.of(sw.response(invite, "200 OK", false, true));
    }
  },
  /** A 200 without Contact: the caller has nowhere to send the ACK. */
  NO_CONTACT("malformed-answer") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      return List.of(sw.response(invite, "200 OK", true, false));
    }
  },
  /** Binary noise and a mangled status line, then nothing: the call times out. */
  GARBAGE("timed-out") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      byte[] noise = new byte[64];
      for (int i = 0; i < noise.length; i++) {
        noise[i] = (byte) (i * 37 + 11);
      }
      String mangled = new String(sw.response(invite, "2OO OK", true, true), StandardCharsets.UTF_8);
      return List.of(noise, "\r\n\r\nSIP/2.0\r\n".getBytes(StandardCharsets.UTF_8), mangled.getBytes(StandardCharsets.UTF_8));
    }
  },
  /** Every response twice (a switch retransmitting without need). */
  DUPLICATED_RESPONSES("unexpected-line") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      byte[] ringing = sw.response(invite, "180 Ringing", true, true);
      byte[] ok = sw.response(invite, "200 OK", true, true);
      return List.of(ringing, ringing, ok, ok);
    }
  },
  /** A 180 after the 200 (reordered or stray provisional). */
  RINGING_AFTER_ANSWER("unexpected-line") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      return List.of(sw.response(invite, "200 OK", true, true), sw.response(invite, "180 Ringing", true, true));
    }
  },
  /** A redirect the harness does not follow. */
  REDIRECT_302("rejected") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      return List.of(sw.response(invite, "302 Moved Temporarily", true, true));
    }
  },
  /** The switch fails internally. */
  SERVER_ERROR_500("rejected") {
    @Override
    List<byte[]> answer(SipRequestText invite, FaultySwitch sw) {
      return List.of(sw.response(invite, "100 Trying", false, false), sw.response(invite, "500 Server Internal Error", true, true));
    }
  };

  /** The {@code disposition} results.json must show for a call meeting this fault. */
  final String disposition;

  SwitchFault(String disposition) {
    this.disposition = disposition;
  }

  /** The datagrams sent back for a new INVITE, in order. */
  abstract List<byte[]> answer(SipRequestText invite, FaultySwitch sw);
}
