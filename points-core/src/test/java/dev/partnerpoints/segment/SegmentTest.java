package dev.partnerpoints.segment;


import static dev.partnerpoints.dashboard.Fixtures.P;
import static dev.partnerpoints.dashboard.Fixtures.client;
import static dev.partnerpoints.dashboard.Fixtures.d;
import static dev.partnerpoints.dashboard.Fixtures.id;
import static dev.partnerpoints.dashboard.Fixtures.sourcedNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSet;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void aSegmentIsANamedSortedSetOfClients() {
    Segment s = Segment.of("renewing", List.of(id("c"), id("a"), id("b"), id("a")));

    assertThat(s.name()).isEqualTo("renewing");
    assertThat(s.clients()).containsExactly(id("a"), id("b"), id("c"));
    assertThat(s.contains(id("b"))).isTrue();
    assertThat(s.contains(id("z"))).isFalse();
  }

  @Test
  void segmentsCombine() {
    Segment ab = Segment.of("ab", List.of(id("a"), id("b")));
    Segment bc = Segment.of("bc", List.of(id("b"), id("c")));

    assertThat(ab.union(bc)).isEqualTo(Segment.of("ab + bc", List.of(id("a"), id("b"), id("c"))));
    assertThat(ab.intersection(bc)).isEqualTo(Segment.of("ab & bc", List.of(id("b"))));
    assertThat(ab.difference(bc)).isEqualTo(Segment.of("ab - bc", List.of(id("a"))));
    assertThat(ab.union("all", bc).name()).isEqualTo("all");
    assertThat(ab.difference("none", ab).clients()).isEmpty();
  }

  @Test
  void aBlankNameIsRejected() {
    assertThatThrownBy(() -> Segment.of(" ", List.of(id("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment name must not be blank, but was ' '");
  }

  @Test
  void aSegmentFiltersLedgerBreakdowns() {
    PointLedger ledger = PointLedger.builder(ProgramRules.builtIn(), P)
        .addClient(client("a", "US", "USD"))
        .addClient(client("b", "BR", "USD"))
        .addClient(client("c", "US", "USD"))
        .addDeal(sourcedNew("da", "a", "2025-08-01", "1000", "USD"))
        .addDeal(sourcedNew("db", "b", "2025-08-01", "1000", "USD"))
        .addDeal(sourcedNew("dc", "c", "2025-08-01", "1000", "USD"))
        .build();
    Segment ab = Segment.of("ab", List.of(id("a"), id("b")));

    assertThat(ledger.breakdown(d("2025-08-31"), ab.toFilter()))
        .extracting(b -> b.client().id().value()).containsExactly("a", "b");
    // restrict keeps the filter's other criteria and intersects its clients
    BreakdownFilter sourcedBc = BreakdownFilter.builder().dealType(DealType.SOURCED)
        .clients(ImmutableSet.of(id("b"), id("c"))).build();
    assertThat(ab.restrict(sourcedBc).clients()).contains(ImmutableSet.of(id("b")));
    assertThat(ab.restrict(sourcedBc).dealType()).contains(DealType.SOURCED);
    assertThat(ledger.breakdown(d("2025-08-31"), ab.restrict(sourcedBc)))
        .extracting(b -> b.client().id().value()).containsExactly("b");
  }

  @Test
  void combinationsAgreeWithSetAlgebra() {
    qt().forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 8),
            lists().of(integers().between(0, 9)).ofSizeBetween(0, 8))
        .checkAssert((xs, ys) -> {
          Segment x = Segment.of("x", ids(xs));
          Segment y = Segment.of("y", ids(ys));
          Set<ClientId> union = new TreeSet<>(ids(xs));
          union.addAll(ids(ys));
          Set<ClientId> both = new TreeSet<>(ids(xs));
          both.retainAll(ids(ys));
          Set<ClientId> only = new TreeSet<>(ids(xs));
          only.removeAll(ids(ys));
          assertThat(x.union(y).clients()).containsExactlyElementsOf(union);
          assertThat(x.intersection(y).clients()).containsExactlyElementsOf(both);
          assertThat(x.difference(y).clients()).containsExactlyElementsOf(only);
          assertThat(x.union(y).difference(y).clients()).containsExactlyElementsOf(only);
        });
  }

  private static List<ClientId> ids(List<Integer> numbers) {
    return numbers.stream().map(n -> ClientId.of("c" + n)).collect(Collectors.toList());
  }
}
