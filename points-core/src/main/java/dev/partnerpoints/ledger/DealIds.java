package dev.partnerpoints.ledger;

/**
 * The ids of a ledger's deals, so that {@link PointLedger#withDeals} can reject an id the ledger
 * holds without a pass over its deals: the ids the ledger was built with, plus the ids added
 * since, kept apart while they are few (an update copies only those). Immutable: the sets are
 * never changed once here.
 */
final class DealIds {

  /** Added ids are merged into the base once they are more than this share of it (and over a floor). */
  private static final int MERGE_RATIO = 8;
  private static final int MERGE_FLOOR = 1024;

  private final IdSet base;
  private final IdSet added;

  private DealIds(IdSet base, IdSet added) {
    this.base = base;
    this.added = added;
  }

  /** The ids of a snapshot ({@link IdSet#snapshot}), which nobody changes. */
  static DealIds of(IdSet snapshot) {
    return new DealIds(snapshot, new IdSet().snapshot());
  }

  /** Whether a deal with this id is in the ledger. */
  boolean contains(String id) {
    return base.contains(id) || added.contains(id);
  }

  int size() {
    return base.size() + added.size();
  }

  /**
   * These ids and {@code more} (ids none of which is in this set): a copy of the added ids, or of
   * everything once the added ones outgrow their share, so that a long run of single additions
   * costs little per addition on average.
   */
  DealIds plus(IdSet more) {
    IdSet copy = added.snapshot();
    copy.ensureRoomFor(more.size());
    more.forEach(copy::add);
    if (copy.size() <= MERGE_FLOOR || (long) copy.size() * MERGE_RATIO <= base.size()) {
      return new DealIds(base, copy.snapshot());
    }
    IdSet merged = base.snapshot();
    merged.ensureRoomFor(copy.size());
    copy.forEach(merged::add);
    return new DealIds(merged.snapshot(), new IdSet().snapshot());
  }
}
