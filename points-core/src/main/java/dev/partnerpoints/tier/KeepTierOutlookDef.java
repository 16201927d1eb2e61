package dev.partnerpoints.tier;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.program.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the partner needs to keep its credited tier at the next recalibration: the tier's
 * requirements (schedule in force on the recalibration date) minus the points that will still be
 * active then. Sold points still active are those of deals closed by the evaluation date whose
 * entries are still active on the recalibration date, as reduced by the evaluation date; managed
 * points are those of the management periods and client MRR the ledger knows, on the recalibration
 * date (a period known to end before it does not count; unknown future changes cannot be forecast).
 */
@Value.Immutable
abstract class KeepTierOutlookDef {

  /**
   * The evaluation date.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * The credited tier on the evaluation date.
   *
   * @return the tier, or empty when untiered (then there is nothing to keep)
   */
  public abstract Optional<Tier> tier();

  /**
   * The next recalibration date after the evaluation date (Jan 15 or Jul 15).
   *
   * @return the date, never null
   */
  public abstract LocalDate nextRecalibration();

  /**
   * The points requirements of the credited tier against the points still active then.
   *
   * @return the gaps (empty when untiered), never null
   */
  public abstract ImmutableList<RequirementGap> gaps();
}
