package hotline.target.zte.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ZTE MML script, parsed line by line. Every non-blank line is a {@code //} comment or one whole
 * statement {@code VERB OBJ[ OBJ]:PARAM=VALUE,...;}. A value is a plain token ({@code 100}, {@code
 * 1-100-0-0-255}) or double-quoted text, several quoted texts joined by {@code &} for a list; there
 * is no escape inside quotes, so a quote, a {@code ;} or a line break cannot occur in a value.
 * Huawei's {@code K'} digit strings are not ZTE syntax. Two kinds of comment mean something: {@code
 * // Request <id> (...)} opens the section of a request, and {@code // requires OBJ:PARAM=VALUE;}
 * names an object the section expects to exist already.
 *
 * @param file the script's file name
 * @param statements the statements and {@code requires} lines (verb {@code REQUIRE}), in order
 * @param problems syntax problems; a line with a problem yields no statement
 */
public record MmlScript(String file, List<MmlStatement> statements, List<Problem> problems) {
  /** The comment that opens a request's section. */
  public static final Pattern SECTION = Pattern.compile("// Request ([a-z0-9-]+) \\(.*");

  private static final Pattern REQUIRES = Pattern.compile("// requires (.*)");
  private static final Pattern HEAD = Pattern.compile("([A-Z]+)((?: [A-Z][A-Z0-9]*)*):(.*);");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*");
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.+-]+");

  public MmlScript {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }

  /** Parses a script; never throws for bad text, it reports problems instead. */
  public static MmlScript parse(String file, String text) {
    List<MmlStatement> statements = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String section = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int n = i + 1;
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("//")) {
        Matcher s = SECTION.matcher(line);
        if (s.matches()) {
          section = s.group(1);
        }
        Matcher r = REQUIRES.matcher(line);
        if (r.matches()) {
          parseStatement(file, n, section, "REQUIRE " + r.group(1), statements, problems);
        }
        continue;
      }
      parseStatement(file, n, section, line, statements, problems);
    }
    return new MmlScript(file, statements, problems);
  }

  private static void parseStatement(String file, int line, String section, String text, List<MmlStatement> out, List<Problem> problems) {
    Matcher m = HEAD.matcher(text);
    if (!m.matches()) {
      problems.add(new Problem(file, line, section, "expected a statement 'VERB OBJ:PARAM=VALUE,...;' or a // comment, but got '" + text + "'"));
      return;
    }
    try {
      Map<String, String> params = params(m.group(3));
      out.add(new MmlStatement(file, line, section, m.group(1), m.group(2).strip(), params));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, line, section, e.getMessage() + " in '" + text + "'"));
    }
  }

  private static Map<String, String> params(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        throw new IllegalArgumentException("expected PARAM=VALUE at column " + (i + 1) + ", but got '" + text.substring(i) + "'");
      }
      String name = text.substring(i, eq);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("expected a parameter name of capitals and digits, but got '" + name + "'");
      }
      int end = valueEnd(text, eq + 1);
      String value = text.substring(eq + 1, end);
      if (params.put(name, value) != null) {
        throw new IllegalArgumentException("expected each parameter once, but got " + name + " twice");
      }
      if (end < text.length() && text.charAt(end) != ',') {
        throw new IllegalArgumentException("expected ',' or the end after " + name + "=" + value + ", but got '" + text.charAt(end) + "'");
      }
      i = end + 1;
      if (end == text.length() - 1) {
        throw new IllegalArgumentException("expected a parameter after the last ','");
      }
    }
    return params;
  }

  /** Where the value starting at {@code start} ends (exclusive), checking its syntax. */
  private static int valueEnd(String text, int start) {
    if (start < text.length() && text.charAt(start) == '"') {
      int i = start;
      while (true) {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("expected a closing '\"'");
        }
        String inside = text.substring(i + 1, close);
        if (inside.indexOf(';') >= 0) {
          throw new IllegalArgumentException("expected no ';' inside quotes (it ends the statement), but got \"" + inside + "\"");
        }
        if (inside.chars().anyMatch(c -> c < 0x20)) {
          throw new IllegalArgumentException("expected no control character inside quotes");
        }
        if (close + 1 < text.length() && text.charAt(close + 1) == '&') {
          if (close + 2 >= text.length() || text.charAt(close + 2) != '"') {
            throw new IllegalArgumentException("expected a quoted item after '&'");
          }
          i = close + 2;
          continue;
        }
        return close + 1;
      }
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != ',') {
      end++;
    }
    String value = text.substring(start, end);
    if (value.startsWith("K'")) {
      throw new IllegalArgumentException("expected digits written plain or quoted (K'...' is Huawei MML, not ZTE), but got " + value);
    }
    if (!BARE.matcher(value).matches()) {
      throw new IllegalArgumentException("expected a plain value of letters, digits and '_.+-' or a quoted text, but got '" + value + "'");
    }
    return end;
  }
}
