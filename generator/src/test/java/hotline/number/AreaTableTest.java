package hotline.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped areas.tsv is exactly what libphonenumber's data say today; regenerate it when not. */
class AreaTableTest {
  @Test
  void theShippedTableMatchesLibphonenumber() {
    List<Area> scanned = AreaScan.scan();
    assertThat(List.copyOf(AreaDirectory.get().all()))
        .as("generator/src/main/resources/hotline/number/areas.tsv is stale; regenerate it with hotline.number.AreaScan (see its Javadoc)")
        .isEqualTo(scanned);
    assertThat(AreaTable.write(AreaDirectory.get().all())).isEqualTo(AreaTable.write(scanned));
  }
}
