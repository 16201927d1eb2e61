package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The account side of tier qualification: the partner's certifications and its median tool usage
 * across its clients over time.
 */
@Value.Immutable
abstract class PartnerAccountDef {

  /**
   * The certification validity periods.
   *
   * @return the periods, never null
   */
  public abstract ImmutableList<Certification> certifications();

  /**
   * The partner's median tool usage across its clients, by the date from which each value holds.
   * When empty, the evaluator computes the median of the tool usage of the ledger's clients.
   *
   * @return the values by effective date, never null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, BigDecimal> medianToolUsage();

  /**
   * Checks whether a certification is valid on a date.
   *
   * @param date the date, not null
   * @return true if any certification covers the date
   */
  public boolean isCertifiedOn(LocalDate date) {
    for (Certification c : certifications()) { // a loop: the credited-tier walk asks this on every event date
      if (c.isValidOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The median tool usage recorded for a date.
   *
   * @param date the date, not null
   * @return the latest value effective on or before the date, or empty
   */
  public Optional<BigDecimal> medianToolUsageOn(LocalDate date) {
    if (medianToolUsage().isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> entry = medianToolUsage().floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * Returns an account that is always certified and whose tool usage is computed from the clients.
   *
   * @return the account, never null
   */
  public static PartnerAccount alwaysCertified() {
    return PartnerAccount.builder().addCertifications(Certification.of(LocalDate.MIN, Optional.empty())).build();
  }
}
