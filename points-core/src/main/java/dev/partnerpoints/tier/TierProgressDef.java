package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.money.Points;
import dev.partnerpoints.program.SoldMinimumBasis;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Progress towards one tier on a date: each points requirement with its gap, and the account
 * requirements (certification, tool usage).
 */
@Value.Immutable
abstract class TierProgressDef {

  /**
   * The tier.
   *
   * @return the tier, never null
   */
  public abstract Tier tier();

  /**
   * The date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The total-points requirement.
   *
   * @return the gap, never null
   */
  public abstract RequirementGap total();

  /**
   * The sold (or sourced) minimum.
   *
   * @return the gap, never null
   */
  public abstract RequirementGap soldMinimum();

  /**
   * Which points count towards the sold minimum in this era.
   *
   * @return the basis, never null
   */
  public abstract SoldMinimumBasis soldMinimumBasis();

  /**
   * The managed minimum, while the era has one.
   *
   * @return the gap, or empty when there is no managed minimum
   */
  public abstract Optional<RequirementGap> managedMinimum();

  /**
   * Whether the certification requirement is met (true when the era requires none).
   *
   * @return true if met
   */
  public abstract boolean certificationMet();

  /**
   * Whether the tool-usage requirement is met.
   *
   * @return true if met
   */
  public abstract boolean toolUsageMet();

  /**
   * The points requirements, in order total, sold minimum, managed minimum.
   *
   * @return the gaps, never null
   */
  public ImmutableList<RequirementGap> pointsRequirements() {
    ImmutableList.Builder<RequirementGap> all = ImmutableList.<RequirementGap>builder().add(total(), soldMinimum());
    managedMinimum().ifPresent(all::add);
    return all.build();
  }

  /**
   * The points still needed to meet every points requirement of the tier at once: the least
   * number of further points that can close all the gaps, {@code max(total gap, sold-minimum gap +
   * managed-minimum gap)}. Sold (or sourced) and managed points both count towards the total, but
   * each kind only towards its own minimum, so the gaps of the two minimums add up, and the total
   * gap may need more on top. Zero only when every points requirement is met (certification and
   * tool usage are not points; see {@link #unmet()}). Exact: no rounding (docs/rules.md §14).
   *
   * <p>Example: Platinum needs 329 total, 113 sourced and 200 managed; with 479.27 total, 320.18
   * sourced and 69.09 managed the total and sourced gaps are 0 and the managed gap 130.91, so
   * 130.91 points are needed.
   *
   * @return the points, not negative, never null
   */
  public Points pointsNeeded() {
    Points minimums = soldMinimum().missing();
    if (managedMinimum().isPresent()) {
      minimums = minimums.plus(managedMinimum().get().missing());
    }
    return Points.max(total().missing(), minimums);
  }

  /**
   * The requirements not met, in the order of {@link RequirementKind}.
   *
   * @return the unmet kinds, never null
   */
  public ImmutableList<RequirementKind> unmet() {
    ImmutableList.Builder<RequirementKind> unmet = ImmutableList.builder();
    for (RequirementGap gap : pointsRequirements()) {
      if (!gap.isMet()) {
        unmet.add(gap.kind());
      }
    }
    if (!certificationMet()) {
      unmet.add(RequirementKind.CERTIFICATION);
    }
    if (!toolUsageMet()) {
      unmet.add(RequirementKind.TOOL_USAGE);
    }
    return unmet.build();
  }

  /**
   * Checks whether every requirement is met.
   *
   * @return true if the tier is met
   */
  public boolean isMet() {
    return unmet().isEmpty();
  }
}
