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
  @Test
  void aSnapshotKeepsItsIdsWhileEitherSetChanges() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 10; i++) {
      ids.add("d" + i);
    }
    IdSet snapshot = ids.snapshot();
    ids.add("later");
    ids.resetTo(List.of("d3"), s -> s);
    IdSet copy = snapshot.snapshot();
    copy.add("only-in-copy");
    for (int i = 0; i < 10; i++) {
      assertThat(snapshot.contains("d" + i)).isTrue();
    }
    assertThat(snapshot.contains("later")).isFalse();
    assertThat(snapshot.contains("only-in-copy")).isFalse();
    assertThat(snapshot.size()).isEqualTo(10);
    assertThat(copy.contains("only-in-copy")).isTrue();
    assertThat(ids.contains("d3")).isTrue();
    assertThat(ids.contains("d4")).isFalse();
    assertThat(ids.contains("later")).isFalse();
  }

  /** Emptying a set (a failed bulk add undone) right after a snapshot leaves the snapshot whole. */
  @Test
  void resetRightAfterASnapshotKeepsTheSnapshot() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 10; i++) {
      ids.add("d" + i);
    }
    IdSet snapshot = ids.snapshot();
    ids.resetTo(List.of("d3"), s -> s);

    assertThat(snapshot.size()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(snapshot.contains("d" + i)).as("d%s", i).isTrue();
    }
    assertThat(ids.size()).isEqualTo(1);
    assertThat(ids.contains("d3")).isTrue();
    assertThat(ids.contains("d4")).isFalse();
  }

  /** A ledger's ids after many small additions (merged into one set now and then) against a HashSet. */
  @Test
  void dealIdsAfterManyAdditions() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, 3_000)).checkAssert((seed, start) -> {
      SplittableRandom random = new SplittableRandom(seed);
      IdSet first = new IdSet();
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < start; i++) {
        first.add("d" + i);
        expected.add("d" + i);
      }
      DealIds ids = DealIds.of(first.snapshot());
      List<DealIds> versions = new ArrayList<>();
      for (int step = 0; step < 400; step++) {
        IdSet more = new IdSet();
        for (int k = random.nextInt(1, 12); k > 0; k--) {
          String id = "n" + step + "-" + k;
          more.add(id);
          expected.add(id);
        }
        versions.add(ids);
        ids = ids.plus(more);
      }
      assertThat(ids.size()).isEqualTo(expected.size());
      for (String id : expected) {
        assertThat(ids.contains(id)).as(id).isTrue();
      }
      assertThat(ids.contains("d" + start)).isFalse();
      // an earlier version holds none of the ids added after it
      assertThat(versions.get(0).contains("n0-1")).isFalse();
      assertThat(versions.get(399).contains("n398-1")).isTrue();
      assertThat(versions.get(399).contains("n399-1")).isFalse();
    });
  }
}
