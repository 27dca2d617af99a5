package hotline.number;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped table of areas, {@code hotline/number/areas.tsv}: one line per area code, tab
 * separated: code, local lengths (7, 8 or 7,8), province and city in Chinese and English.
 */
final class AreaTable {
  static final String RESOURCE = "/hotline/number/areas.tsv";

  private AreaTable() {}

  static Map<String, Area> read() {
    try (InputStream in = AreaTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Map<String, Area> areas = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<Integer> lengths = Arrays.stream(f[1].split(",")).map(Integer::valueOf).toList();
        Area a = new Area(new AreaCode(f[0]), lengths, f[2], f[3], f[4], f[5]);
        areas.put(f[0], a);
      }
      return Collections.unmodifiableMap(areas);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Collection<Area> areas) {
    StringBuilder b = new StringBuilder("# area code, local lengths, province (zh, en), city (zh, en); written by hotline.number.AreaScan from libphonenumber\n");
    for (Area a : areas) {
      b.append(String.join("\t", a.code().digits(), String.join(",", a.localLengths().stream().map(String::valueOf).toList()), a.provinceZh(), a.provinceEn(), a.cityZh(), a.cityEn())).append('\n');
    }
    return b.toString();
  }
}
