package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkedListTest {

  /** The merge done the plain way: walk the base, placing insertions before their position. */
  private static List<Integer> naive(List<Integer> base, int[] removed, int[] insertAt, List<Integer> fresh) {
    List<Integer> out = new ArrayList<>();
    int r = 0;
    int f = 0;
    for (int i = 0; i <= base.size(); i++) {
      while (f < insertAt.length && insertAt[f] == i) {
        out.add(fresh.get(f++));
      }
      if (i == base.size()) {
        break;
      }
      if (r < removed.length && removed[r] == i) {
        r++;
      } else {
        out.add(base.get(i));
      }
    }
    return out;
  }

  @Test
  void mergesLikeThePlainWalkOverManySteps() {
    // sizes around the chunk size, so that chunks are shared, rewritten, cut in two and emptied
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 5 * ChunkedList.CHUNK), integers().between(1, 6))
        .checkAssert((seed, size, steps) -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<Integer> expected = ImmutableList.copyOf(IntStream.range(0, size).boxed().toList());
          List<Integer> actual = expected;
          int next = size;
          for (int step = 0; step < steps; step++) {
            int n = expected.size();
            int[] removed = random.ints(random.nextInt(0, 1 + Math.min(n, 50)), 0, Math.max(1, n))
                .filter(i -> i < n).distinct().sorted().toArray();
            int inserts = random.nextInt(0, random.nextBoolean() ? 40 : 3 * ChunkedList.CHUNK);
            int[] insertAt = random.ints(inserts, 0, n + 1).sorted().toArray();
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < inserts; i++) {
              fresh.add(next++);
            }
            List<Integer> before = List.copyOf(actual);
            List<Integer> merged = ChunkedList.merged(actual, removed, insertAt, fresh);
            expected = naive(expected, removed, insertAt, fresh);

            assertThat(merged).containsExactlyElementsOf(expected);
            assertThat(merged).hasSize(expected.size());
            assertThat(Arrays.asList(merged.toArray())).isEqualTo(expected);
            assertThat(ImmutableList.copyOf(merged)).isEqualTo(expected);
            assertThat(actual).as("the base is only read").isEqualTo(before);
            actual = merged;
          }
        });
  }

  @Test
  void intoAnEmptyList() {
    List<String> merged = ChunkedList.merged(List.of(), new int[0], new int[] {0, 0}, List.of("a", "b"));

    assertThat(merged).containsExactly("a", "b");
    assertThat(ChunkedList.merged(merged, new int[] {0, 1}, new int[0], List.of())).isEmpty();
  }

  @Test
  void anIndexOutsideTheListNamesIt() {
    List<String> list = ChunkedList.merged(List.of("a"), new int[0], new int[] {1}, List.of("b"));

    assertThat(list.get(1)).isEqualTo("b");
    assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 2 is outside a list of 2");
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index -1 is outside a list of 2");
  }
}
