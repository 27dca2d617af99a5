package hotline.load;

import hotline.sip.SipAddress;

/**
 * The switch trials run through. A trial that failed calls can leave the switch with state that
 * would fail the next one for reasons of its own (dialogs whose BYE never came still hold trunk
 * channels), so after an unclean trial the switch is restarted from the same configuration.
 */
public interface TrialSwitch {
  /** Where the next trial's callers send their INVITEs. */
  SipAddress address();

  /** Called after each trial; restarts the switch after an unclean one. */
  void afterTrial(LoadResult result) throws LoadException;
}
