package hotline.sip;

import gov.nist.core.StackLogger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Properties;

/**
 * JAIN-SIP's diagnostic logger ({@code gov.nist.javax.sip.STACK_LOGGER}) forwarding to {@link
 * System.Logger} "gov.nist.javax.sip", so that log4j 1.x is never loaded. Levels are configured on
 * the System.Logger side; the stack's INFO chatter and its warnings about TLS defaults (printed by
 * every stack, irrelevant to UDP) go to DEBUG.
 *
 * <p>The stack keeps this logger in a static field ({@code CommonLogger.legacyLogger}): it is
 * JVM-wide, the last stack created installs it.
 */
public final class JainSipStackLogger implements StackLogger {

  private static final System.Logger LOG = System.getLogger("gov.nist.javax.sip");

  /** Some stack messages embed a whole 64 KiB receive buffer as a byte list. */
  private static final int MAX_MESSAGE_CHARS = 2_000;

  public JainSipStackLogger() {
    // created reflectively by SipStackImpl
  }

  @Override
  public boolean isLoggingEnabled() {
    return true;
  }

  @Override
  public boolean isLoggingEnabled(int logLevel) {
    return switch (logLevel) {
      case TRACE_NONE -> false;
      case TRACE_FATAL, TRACE_ERROR -> LOG.isLoggable(Level.ERROR);
      case TRACE_INFO -> LOG.isLoggable(Level.DEBUG); // also TRACE_MESSAGES: JainSipServerLogger
      case TRACE_WARN -> LOG.isLoggable(Level.WARNING);
      case TRACE_DEBUG -> LOG.isLoggable(Level.DEBUG);
      default -> LOG.isLoggable(Level.TRACE);
    };
  }

  @Override
  public void logStackTrace() {
    LOG.log(Level.TRACE, "stack trace requested by JAIN-SIP", new Throwable("stack trace"));
  }

  @Override
  public void logStackTrace(int traceLevel) {
    logStackTrace();
  }

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    LOG.log(Level.ERROR, "JAIN-SIP exception", ex);
  }

  @Override
  public void logDebug(String message) {
    log(Level.DEBUG, message);
  }

  @Override
  public void logDebug(String message, Exception ex) {
    log(Level.DEBUG, message, ex);
  }

  @Override
  public void logTrace(String message) {
    log(Level.TRACE, message);
  }

  @Override
  public void logFatalError(String message) {
    log(Level.ERROR, message);
  }

  @Override
  public void logError(String message) {
    log(Level.ERROR, message);
  }

  @Override
  public void logError(String message, Exception ex) {
    log(Level.ERROR, message, ex);
  }

  @Override
  public void logWarning(String message) {
    // every stack warns that TLS runs on JVM defaults; these endpoints use UDP only
    log(isAboutTlsDefaults(message) ? Level.DEBUG : Level.WARNING, message);
  }

  private static void log(Level level, String message) {
    if (LOG.isLoggable(level)) {
      LOG.log(level, truncated(message));
    }
  }

  private static void log(Level level, String message, Throwable thrown) {
    if (LOG.isLoggable(level)) {
      LOG.log(level, truncated(message), thrown);
    }
  }

  private static String truncated(String message) {
    return message.length() <= MAX_MESSAGE_CHARS
        ? message
        : message.substring(0, MAX_MESSAGE_CHARS) + "... (" + message.length() + " chars)";
  }

  private static boolean isAboutTlsDefaults(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("tls") || lower.contains("keystore") || lower.contains("truststore");
  }

  @Override
  public void logInfo(String message) {
    log(Level.DEBUG, message);
  }

  @Override
  public void disableLogging() {
    // levels are System.Logger configuration, not switched by the stack
  }

  @Override
  public void enableLogging() {
    // levels are System.Logger configuration, not switched by the stack
  }

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {
    LOG.log(Level.DEBUG, "JAIN-SIP build " + buildTimeStamp);
  }

  @Override
  public void setStackProperties(Properties stackProperties) {
    // no configuration
  }

  @Override
  public String getLoggerName() {
    return LOG.getName();
  }
}
