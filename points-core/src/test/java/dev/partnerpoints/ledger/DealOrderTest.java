package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ledger's deal order (close day, then id) against a comparison sort of the same deals. */
class DealOrderTest {

  /** Ids as callers write them: numbered, zero-padded, shared prefixes, accents and other scripts. */
  private static String randomId(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> "d" + random.nextInt(100_000);
      case 1 -> String.format("deal-%08d", random.nextInt(1_000_000));
      case 2 -> "hubspot-deal-" + Long.toHexString(random.nextLong());
      case 3 -> "d" + (char) ('a' + random.nextInt(3)) + (random.nextBoolean() ? "" : "\u0000") + random.nextInt(50);
      case 4 -> (random.nextBoolean() ? "ébauche-" : "negócio-") + (char) (0xE0 + random.nextInt(0x1F)) + random.nextInt(1_000);
      default -> "取引" + random.nextInt(1_000) + (random.nextBoolean() ? "ÿÿÿÿÿÿÿÿ" : "");
    };
  }

  @Test
  void ordersByDayThenIdAsAComparisonSortDoes() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 3_000), integers().between(1, 40))
        .checkAssert((seed, n, days) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Set<String> unique = new LinkedHashSet<>();
          while (unique.size() < n) {
            unique.add(randomId(random));
          }
          String[] ids = unique.toArray(new String[0]);
          int[] day = new int[n];
          long[] keys = new long[n];
          for (int j = 0; j < n; j++) {
            day[j] = 19_000 + random.nextInt(days);
            keys[j] = DealOrder.key(ids[j]);
          }
          List<Integer> expected = new ArrayList<>();
          for (int j = 0; j < n; j++) {
            expected.add(j);
          }
          expected.sort(Comparator.<Integer>comparingInt(j -> day[j]).thenComparing(j -> ids[j]));

          int[] order = DealOrder.byDayThenId(day, 19_000, days, ids, keys);

          assertThat(Arrays.stream(order).boxed().toList()).isEqualTo(expected);
        });
  }

  @Test
  void differingKeysCompareAsTheStringsDo() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String a = randomId(random);
      String b = random.nextInt(4) == 0 ? a.substring(0, random.nextInt(a.length() + 1)) : randomId(random);
      long ka = DealOrder.key(a);
      long kb = DealOrder.key(b);
      if (ka != kb && ka != DealOrder.NO_KEY && kb != DealOrder.NO_KEY) {
        assertThat(Integer.signum(Long.compareUnsigned(ka, kb))).as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(a.compareTo(b)));
      }
      assertThat(Integer.signum(DealOrder.compare(0, 1, new String[] {a, b}, new long[] {ka, kb})))
          .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
    });
  }

  @Test
  void keysOfIdsBeyondLatin1AreNone() {
    assertThat(DealOrder.key("取引-1")).isEqualTo(DealOrder.NO_KEY);
    assertThat(DealOrder.key("deal-0001-取引")).isNotEqualTo(DealOrder.NO_KEY); // only the first eight count
    assertThat(DealOrder.key("")).isZero();
    assertThat(Long.compareUnsigned(DealOrder.key("d1"), DealOrder.key("d10"))).isNegative();
    assertThat(Long.compareUnsigned(DealOrder.key("d9"), DealOrder.key("d10"))).isPositive();
  }

  /** An id without a key (a character beyond Latin-1 in its first eight) still sorts in String order. */
  @Test
  void idsWithAndWithoutKeysCompareAsTheStringsDo() {
    String[] ids = {"a取引", "b", "c取", "a", "取引"};
    long[] keys = new long[ids.length];
    for (int j = 0; j < ids.length; j++) {
      keys[j] = DealOrder.key(ids[j]);
    }
    for (int a = 0; a < ids.length; a++) {
      for (int b = 0; b < ids.length; b++) {
        assertThat(Integer.signum(DealOrder.compare(a, b, ids, keys))).as("%s vs %s", ids[a], ids[b])
            .isEqualTo(Integer.signum(ids[a].compareTo(ids[b])));
      }
    }
  }
}
