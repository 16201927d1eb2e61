package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The builder's set of deal ids against {@link HashSet}. */
class IdSetTest {

  @Test
  void addsAsAHashSetDoes() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 5_000), integers().between(1, 20_000))
        .checkAssert((seed, n, spread) -> {
          SplittableRandom random = new SplittableRandom(seed);
          IdSet ids = new IdSet();
          Set<String> expected = new HashSet<>();
          if (random.nextBoolean()) {
            ids.ensureRoomFor(n);
          }
          for (int i = 0; i < n; i++) {
            String id = "d" + random.nextInt(spread);
            // a distinct String object: the set compares contents, not identity
            assertThat(ids.add(new String(id))).as(id).isEqualTo(expected.add(id));
          }
          assertThat(ids.size()).isEqualTo(expected.size());
          for (String id : expected) {
            assertThat(ids.add(id)).as(id).isFalse();
          }
        });
  }

  @Test
  void resetKeepsExactlyTheGivenIds() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 100; i++) {
      ids.add("d" + i);
    }
    List<String> kept = new ArrayList<>(List.of("d1", "d50", "x"));
    ids.resetTo(kept, s -> s);

    assertThat(ids.size()).isEqualTo(3);
    assertThat(ids.add("d2")).isTrue();
    assertThat(ids.add("d50")).isFalse();
    assertThat(ids.add("x")).isFalse();
  }
}
