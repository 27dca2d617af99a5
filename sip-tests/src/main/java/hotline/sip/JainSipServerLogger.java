package hotline.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.lang.System.Logger.Level;
import java.util.Properties;
import javax.sip.SipStack;

/**
 * JAIN-SIP's message trace ({@code gov.nist.javax.sip.SERVER_LOGGER}) forwarding to {@link
 * System.Logger} "gov.nist.javax.sip.messages" at DEBUG, so that log4j 1.x is never loaded. The
 * evidence of record is the {@link MessageLog}, captured at the socket; this is only diagnostics.
 * The stack instantiates it by class name, so it stays public with a public no-argument
 * constructor.
 */
public final class JainSipServerLogger implements ServerLogger {

  private static final System.Logger LOG = System.getLogger("gov.nist.javax.sip.messages");

  public JainSipServerLogger() {
    // created reflectively by SipStackImpl
  }

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
    LOG.log(
        Level.DEBUG,
        () -> (sender ? "sent " : "received ") + from + " -> " + to + "\n" + message.encode());
  }

  /**
   * Ignored: JAIN-SIP 1.3.0-91 calls this only from {@code MessageChannel.logResponse}, for a
   * received response the five-argument method has already logged.
   */
  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender, long time) {
    // duplicate of the five-argument call
  }

  /** Ignored: JAIN-SIP 1.3.0-91 never calls it. */
  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender) {
    // never called by the stack
  }

  @Override
  public void logException(Exception ex) {
    LOG.log(Level.ERROR, "SIP stack exception", ex);
  }

  @Override
  public void closeLogFile() {
    // no file
  }

  @Override
  public void setStackProperties(Properties stackProperties) {
    // no configuration
  }

  @Override
  public void setSipStack(SipStack sipStack) {
    // one logger for all stacks
  }
}
