package dev.partnerpoints.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.apache.spark.sql.Row;

/** The step the checks across partners share: every partner's row of one id against the first one. */
final class PartnerConflicts {

  /** A row of one id (a client or a deal id) in one partner. */
  interface PartnerRow {
    String partner();

    String row();
  }

  private PartnerConflicts() {}

  /**
   * Takes the rows in partner id order, then row label order; each row of another partner than the
   * first row's that is not the same as the first row gets an error, and so does the first row.
   *
   * @param all the rows of one id; sorted in place
   * @param same whether two rows say the same
   * @param error the error of the first argument's row, naming the second's
   * @return the error rows, two per conflict
   */
  static <T extends PartnerRow> List<Row> againstFirst(List<T> all, BiPredicate<T, T> same,
      BiFunction<T, T, Row> error) {
    List<Row> errors = new ArrayList<>();
    if (all.size() < 2) {
      return errors;
    }
    all.sort(Comparator.comparing((T r) -> r.partner()).thenComparing(r -> r.row()));
    T first = all.get(0);
    for (T other : all.subList(1, all.size())) {
      if (!other.partner().equals(first.partner()) && !same.test(other, first)) {
        errors.add(error.apply(other, first));
        errors.add(error.apply(first, other));
      }
    }
    return errors;
  }
}
