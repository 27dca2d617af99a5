package hotline.verify;

import java.util.Objects;

/**
 * How a test call ended, named the way a routing check reads it. Every call ends in exactly one.
 */
public sealed interface Disposition {
  /** A short machine name: answered, unexpected-line, rejected, malformed-answer, timed-out. */
  String kind();

  /** Plain words for reports. */
  String describe();

  /** Answered at a line the check allowed. */
  record AnsweredAt(String line) implements Disposition {
    public AnsweredAt {
      Objects.requireNonNull(line, "line");
    }

    @Override
    public String kind() {
      return "answered";
    }

    @Override
    public String describe() {
      return "answered at line " + line;
    }
  }

  /** The switch offered the call to a line the check did not allow (whatever happened next). */
  record UnexpectedLine(String line) implements Disposition {
    public UnexpectedLine {
      Objects.requireNonNull(line, "line");
    }

    @Override
    public String kind() {
      return "unexpected-line";
    }

    @Override
    public String describe() {
      return "arrived at an unexpected line " + line;
    }
  }

  /** Rejected with a final status (404, 486, 503, ...). */
  record Rejected(int status) implements Disposition {
    @Override
    public String kind() {
      return "rejected";
    }

    @Override
    public String describe() {
      return "rejected with " + status;
    }
  }

  /** Answered with a 2xx the caller could not use (no Contact, no To tag): the call never came up. */
  record MalformedAnswer(int status, String problem) implements Disposition {
    public MalformedAnswer {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String kind() {
      return "malformed-answer";
    }

    @Override
    public String describe() {
      return "answered " + status + ", but the answer is unusable: " + problem;
    }
  }

  /** No final response within the call's time limit. */
  record TimedOut(long waitedMs) implements Disposition {
    @Override
    public String kind() {
      return "timed-out";
    }

    @Override
    public String describe() {
      return "timed out after " + waitedMs + " ms";
    }
  }
}
