package hotline.request;

import hotline.number.Area;
import hotline.number.AreaDirectory;
import hotline.number.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code fixtures/national.yaml}: one request for every mainland area code of {@link
 * AreaDirectory}, to measure the generator at national scale. Deterministic, so {@code
 * NationalFixtureTest} can check that the checked-in file is what this class writes.
 *
 * <p>Each request: the id from the English city name; a bound number of the area's longest local
 * length, the first ordinary one of 8…12333, 6…12333, …; trunks alternating analog (2 or 3 lines)
 * and digital (1 or 2 E1s, SIP); the three charging modes in turn; a gateway in 192.0.2.0/24.
 */
public final class NationalFixture {
  /** The command that regenerates the file, from the top of the checkout. */
  static final String COMMAND =
      "./mvnw -B -q -pl generator test-compile exec:java -Dexec.classpathScope=test"
          + " -Dexec.mainClass=hotline.request.NationalFixture -Dexec.args=\"$PWD/fixtures/national.yaml\"";

  private static final String[] CHARGING = {"caller-local", "called-pays", "free"};
  private static final char[] FIRST_DIGITS = {'8', '6', '5', '7', '3', '4', '2'};
  private static final int MAX_ID = 40;

  private NationalFixture() {}

  /** Writes the file named by the one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NationalFixture FILE   (regenerate with: " + COMMAND + ")");
      System.exit(2);
    }
    Files.writeString(Path.of(args[0]), render(), StandardCharsets.UTF_8);
  }

  /** The file's text. */
  static String render() {
    List<Area> areas = List.copyOf(AreaDirectory.get().all());
    Map<String, Integer> slugs = new HashMap<>();
    areas.forEach(a -> slugs.merge(slug(a.cityEn()), 1, Integer::sum));
    StringBuilder out = new StringBuilder();
    out.append("# One request for every fixed-line area code of mainland China (")
        .append(areas.size())
        .append("), to measure the generator at national scale.\n")
        .append("# Generated from hotline.number.AreaDirectory by hotline.request.NationalFixture; do not edit.\n")
        .append("# Regenerate from the top of the checkout with:\n")
        .append("#   ")
        .append(COMMAND)
        .append('\n')
        .append("requests:\n");
    for (int i = 0; i < areas.size(); i++) {
      Area area = areas.get(i);
      String slug = slug(area.cityEn());
      String id = slugs.get(slug) > 1 ? cut(slug, MAX_ID - 5) + "-" + area.code().digits() : cut(slug, MAX_ID);
      request(out, i, area, id);
    }
    return out.toString();
  }

  private static void request(StringBuilder out, int i, Area area, String id) {
    boolean analog = i % 2 == 0;
    int count = analog ? 2 + (i / 2) % 2 : 1 + (i / 2) % 2;
    List<PhoneNumber> lines = lines(area, analog ? count : 1);
    out.append(i == 0 ? "" : "\n")
        .append("  - id: ").append(id).append("   # ").append(area.cityEn()).append(", ").append(area.provinceEn()).append('\n')
        .append("    area_code: \"").append(area.code().digits()).append("\"\n")
        .append("    bound_number: \"").append(lines.get(0).display()).append("\"\n");
    if (lines.size() > 1) {
      out.append("    hunt_lines: [")
          .append(String.join(", ", lines.subList(1, lines.size()).stream().map(l -> "\"" + l.display() + "\"").toList()))
          .append("]\n");
    }
    out.append("    trunk:\n")
        .append("      type: ").append(analog ? "analog" : "digital").append('\n')
        .append("      count: ").append(count).append('\n');
    if (!analog) {
      out.append("      signalling: sip\n");
    }
    out.append("      gateway: \"sip:192.0.2.").append(i % 254 + 1).append(":5060\"\n")
        .append("    charging: ").append(CHARGING[i % CHARGING.length]).append('\n');
  }

  /** The pilot and the lines after it: the first ordinary number of 8…12333, 6…12333, … and its successors. */
  private static List<PhoneNumber> lines(Area area, int n) {
    int length = area.localLengths().get(area.localLengths().size() - 1);
    for (char first : FIRST_DIGITS) {
      String pilot = first + "0".repeat(length - 6) + "12333";
      List<PhoneNumber> found = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        number(area, Long.toString(Long.parseLong(pilot) + k)).ifPresent(found::add);
      }
      if (found.size() == n) {
        return found;
      }
    }
    throw new IllegalStateException("no ordinary local number of " + length + " digits found for " + area.code());
  }

  private static Optional<PhoneNumber> number(Area area, String local) {
    try {
      return Optional.of(PhoneNumber.parse(area.code().digits() + "-" + local));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** "Yanbian Zhou/Hunchun/Yanji" → "yanbian-zhou-hunchun-yanji". */
  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** At most {@code max} characters, cut after a whole word when there is one. */
  private static String cut(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    int dash = slug.substring(0, max + 1).lastIndexOf('-');
    return dash > 0 ? slug.substring(0, dash) : slug.substring(0, max);
  }
}
