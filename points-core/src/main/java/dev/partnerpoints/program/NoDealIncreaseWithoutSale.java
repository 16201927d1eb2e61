package dev.partnerpoints.program;

/**
 * What a no-deal increase (an increase of a client's MRR that came from no deal, such as a discount
 * ending at renewal) earns when the ledger shows no sale of its product line to that client: no
 * new-client or cross-sell deal of the line, closed won on or before the increase.
 *
 * <p>With a sale, the increase always follows it: it is credited to the partner who sold the line,
 * at that sale's deal type, whoever the increase itself names. This choice only matters without
 * one. {@link #NOT_CREDITED} is the library's default ({@link ProgramRules#noDealIncreaseWithoutSale()}).
 */
public enum NoDealIncreaseWithoutSale {
  /**
   * The increase earns no sold points for anyone (the default, the safest reading: the rules credit
   * the partner who sold the line, and the input does not say who that was). The ledger lists each
   * such increase among its data gaps.
   */
  NOT_CREDITED,
  /**
   * The increase is credited as recorded: to the partner it names, at the deal type it names, with
   * its product line counted as first sold on its own first-sale date if it has one, else on its
   * close date.
   */
  CREDITED_AS_RECORDED
}
