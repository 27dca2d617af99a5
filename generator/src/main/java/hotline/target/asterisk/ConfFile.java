package hotline.target.asterisk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Asterisk {@code .conf} file read the way Asterisk's configuration parser reads the subset the
 * asterisk target writes: {@code [section]} headers, {@code key = value} and {@code key => value}
 * entries, {@code ;} comments to the end of the line ({@code \;} is a literal semicolon). Block
 * comments ({@code ;--}), templates ({@code [name](!)}) and directives ({@code #include}) are
 * reported as problems: a generated fragment has no business with them.
 *
 * @param file the file's name, for messages
 * @param sections the sections in file order
 */
record ConfFile(String file, List<Section> sections) {
  private static final Pattern HEADER = Pattern.compile("\\[([^\\[\\]]+)\\]");
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=>?\\s*(.*)");

  ConfFile {
    sections = List.copyOf(sections);
  }

  /** A {@code [name]} section of {@code file}, its header at {@code line}. */
  record Section(String file, String name, int line, List<Entry> entries) {
    Section {
      entries = List.copyOf(entries);
    }

    /** {@code file:line} of the header. */
    String at() {
      return file + ":" + line;
    }

    /** The value of the first entry with this key, or "". */
    String value(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse("");
    }
  }

  /** One {@code key = value} or {@code key => value} line, comment removed, trimmed. */
  record Entry(int line, String key, String value) {}

  /** Parses a file; syntax problems are added to {@code problems} as {@code file:line: message}. */
  static ConfFile parse(String file, String text, List<String> problems) {
    List<Section> sections = new ArrayList<>();
    String name = null;
    int headerLine = 0;
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String raw = lines[i];
      if (raw.contains(";--") || raw.contains("--;")) {
        problems.add(file + ":" + no + ": expected no block comment (;-- --;), but got '" + raw.strip() + "'");
      }
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        problems.add(file + ":" + no + ": expected no directive in a generated fragment, but got '" + line + "'");
        continue;
      }
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        if (name != null) {
          sections.add(new Section(file, name, headerLine, entries));
        }
        name = header.group(1);
        headerLine = no;
        entries = new ArrayList<>();
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches()) {
        problems.add(file + ":" + no + ": expected [section], key = value or key => value, but got '" + line + "'");
      } else if (name == null) {
        problems.add(file + ":" + no + ": expected a [section] before the first entry, but got '" + line + "'");
      } else {
        entries.add(new Entry(no, entry.group(1), entry.group(2).strip()));
      }
    }
    if (name != null) {
      sections.add(new Section(file, name, headerLine, entries));
    }
    return new ConfFile(file, sections);
  }

  /** The line up to its first {@code ;} that is not escaped as {@code \;}. */
  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ';' && (i == 0 || line.charAt(i - 1) != '\\')) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
