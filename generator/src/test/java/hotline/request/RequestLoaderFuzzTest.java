package hotline.request;

import com.code_intelligence.jazzer.junit.FuzzTest;
import hotline.diagnostics.InvalidInputException;
import hotline.yaml.SourceText;

/**
 * Coverage-guided fuzzing of the request loader with Jazzer: any bytes go through {@link
 * SourceText#decode} and {@link RequestFiles#load(SourceText)}, which must either give a plan or
 * throw {@link InvalidInputException}. Any other exception, a hang (over 10 s for one input) or
 * running out of the bounded heap is a finding.
 *
 * <p>A plain {@code mvn verify} replays the seeds and kept findings under {@code
 * src/test/resources/hotline/request/RequestLoaderFuzzTestInputs/loadsOrRejects/} with the unit
 * tests, then fuzzes for {@code hotline.fuzz.seconds} (45 s) in a second Surefire run with {@code
 * JAZZER_FUZZ=1}; {@code -Pfuzz} fuzzes for ten minutes. A crashing input Jazzer finds is written
 * to that folder, where it stays as a regression input once the code is fixed.
 */
class RequestLoaderFuzzTest {
  @FuzzTest(maxDuration = "45s")
  void loadsOrRejects(byte[] bytes) {
    try {
      SourceText text = SourceText.decode("fuzz.yaml", bytes);
      new RequestFiles().load(text);
    } catch (InvalidInputException expected) {
      // a diagnosed rejection is the other allowed outcome
    }
  }
}
