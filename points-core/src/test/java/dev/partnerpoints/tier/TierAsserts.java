package dev.partnerpoints.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.money.Points;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;

/** Assertions shared by the tier tests. */
final class TierAsserts {

  private TierAsserts() {}

  /** Asserts a points requirement: its kind, the points required, current and missing. */
  static void assertGap(RequirementGap gap, RequirementKind kind, String required, String current, String missing) {
    assertThat(gap.kind()).isEqualTo(kind);
    assertThat(gap.required()).as("%s required", kind).isEqualTo(Points.parse(required));
    assertThat(gap.current()).as("%s current", kind).isEqualTo(Points.parse(current));
    assertThat(gap.missing()).as("%s missing", kind).isEqualTo(Points.parse(missing));
  }

  /** Asserts an amount's currency and value (compared numerically). */
  static void assertMoney(Optional<MonetaryAmount> amount, String value, String currency) {
    assertThat(amount).as("amount of %s %s", value, currency).isPresent();
    assertThat(amount.get().getCurrency().getCurrencyCode()).isEqualTo(currency);
    assertThat(amount.get().getNumber().numberValueExact(BigDecimal.class)).as("amount in %s", currency)
        .isEqualByComparingTo(value);
  }
}
