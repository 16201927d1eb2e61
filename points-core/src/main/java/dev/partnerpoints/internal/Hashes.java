package dev.partnerpoints.internal;

/**
 * The hash mix of the library's open-addressing tables (the ledger builder's deal-id set, the
 * ledger file reader's table of repeated values): a table takes the low bits of the mixed hash as
 * its first slot, so they must depend on every bit of the hash. Ids such as {@code client-00001}
 * and {@code client-00002} have neighbouring {@link String#hashCode}s, which unmixed would fill
 * neighbouring slots and make long probe runs.
 */
public final class Hashes {
  private Hashes() {}

  /**
   * Mixes a hash: multiplied by 2^32 divided by the golden ratio (Fibonacci hashing), then the high
   * half folded into the low half.
   *
   * @param hash any hash
   * @return the mixed hash; take its low bits (mask it) for a table slot
   */
  public static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
