package hotline.target.huaweimml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Huawei MML scripts as hotline writes them, strictly: one statement per line, {@code VERB
 * OBJ: NAME=VALUE, ...;}, values that are numbers, {@code K'} digit strings, {@code H'} hex,
 * double-quoted text without {@code "} or {@code ;}, or upper-case enumerations; {@code /* *}{@code
 * /} comments between statements only, never nested. Two kinds of comment carry meaning: a request
 * section banner ({@code /* ===== request guangzhou ===== ...}) and a pre-existing object
 * declaration ({@code /* assume DNSET: LP=0 | text *}{@code /}).
 */
public final class MmlParser {
  private static final Pattern BANNER = Pattern.compile("/\\*\\s*=+ request ([a-z0-9-]+) =+.*", Pattern.DOTALL);
  private static final Pattern ASSUME = Pattern.compile("/\\* assume ([A-Z][A-Z0-9]*): (.+?) \\| (.+) \\*/");
  private static final Pattern HEAD = Pattern.compile("([A-Z]+) ([A-Z][A-Z0-9]*):(.*)");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*");
  private static final Pattern VALUE = Pattern.compile("[0-9]+|K'[0-9]+|H'[0-9A-F]+|\"[^\";]*\"|[A-Z][A-Z0-9_]*");

  private MmlParser() {}

  /**
   * Parses a whole script.
   *
   * @throws MmlSyntaxException at the first malformed statement, comment or declaration
   */
  public static MmlScript parse(String text) throws MmlSyntaxException {
    List<MmlStatement> statements = new ArrayList<>();
    List<Assumption> assumptions = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    String section = "";
    int i = 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          throw new MmlSyntaxException(line, "expected the comment to end with */, but the file ended");
        }
        String comment = text.substring(i, end + 2);
        int nested = comment.indexOf("/*", 2);
        if (nested >= 0) {
          throw new MmlSyntaxException(line + newlines(comment.substring(0, nested)), "expected no /* inside a comment, but found one");
        }
        Matcher banner = BANNER.matcher(comment);
        Matcher assume = ASSUME.matcher(comment);
        if (banner.matches()) {
          section = banner.group(1);
          if (sections.contains(section)) {
            throw new MmlSyntaxException(line, "expected each request section once, but '" + section + "' starts again");
          }
          sections.add(section);
        } else if (assume.matches()) {
          assumptions.add(new Assumption(assume.group(1), params(assume.group(2), line), assume.group(3), line));
        } else if (comment.startsWith("/* assume")) {
          throw new MmlSyntaxException(line, "expected a declaration '/* assume SPACE: NAME=VALUE, ... | text */', but got '" + comment + "'");
        }
        line += newlines(comment);
        i = end + 2;
      } else {
        int start = i;
        boolean quoted = false;
        while (true) {
          if (i >= n) {
            throw new MmlSyntaxException(line, "expected ';' to end the statement, but the file ended");
          }
          char d = text.charAt(i);
          if (d == '\n') {
            throw new MmlSyntaxException(line, quoted ? "expected a closing \" on the same line" : "expected ';' at the end of the line: a statement is one line");
          }
          if (d == '"') {
            quoted = !quoted;
          } else if (d == ';' && quoted) {
            throw new MmlSyntaxException(line, "expected no ';' inside a quoted value");
          } else if (d == ';') {
            break;
          } else if (!quoted && text.startsWith("/*", i)) {
            throw new MmlSyntaxException(line, "expected comments between statements, but found one inside a statement");
          }
          i++;
        }
        statements.add(statement(text.substring(start, i).strip(), line, section));
        i++;
      }
    }
    return new MmlScript(statements, assumptions, sections);
  }

  private static MmlStatement statement(String body, int line, String section) throws MmlSyntaxException {
    Matcher m = HEAD.matcher(body);
    if (!m.matches()) {
      throw new MmlSyntaxException(line, "expected 'VERB OBJECT: NAME=VALUE, ...;', but got '" + body + ";'");
    }
    return new MmlStatement(m.group(1), m.group(2), params(m.group(3), line), line, section);
  }

  private static Map<String, String> params(String text, int line) throws MmlSyntaxException {
    Map<String, String> params = new LinkedHashMap<>();
    if (text.isBlank()) {
      throw new MmlSyntaxException(line, "expected at least one NAME=VALUE, but got none");
    }
    for (String part : splitOutsideQuotes(text)) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new MmlSyntaxException(line, "expected NAME=VALUE, but got '" + p + "'");
      }
      String name = p.substring(0, eq);
      String value = p.substring(eq + 1);
      if (!NAME.matcher(name).matches()) {
        throw new MmlSyntaxException(line, "expected an upper-case parameter name, but got '" + name + "'");
      }
      if (!VALUE.matcher(value).matches()) {
        throw new MmlSyntaxException(line, "expected a number, K'digits, H'hex, \"text\" or an ENUM value for " + name + ", but got '" + value + "'");
      }
      if (params.put(name, value) != null) {
        throw new MmlSyntaxException(line, "expected each parameter once, but " + name + " repeats");
      }
    }
    return params;
  }

  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static int newlines(String s) {
    return (int) s.chars().filter(ch -> ch == '\n').count();
  }
}
