package dev.partnerpoints.ledger;

/**
 * Sorts deal positions by close day, then id (String order): counted into days, then each day's
 * positions sorted by id with a merge sort on primitive ints. Most id comparisons compare a
 * {@code long} packing the id's first eight characters instead of the strings; they give exactly
 * the order of {@link String#compareTo}.
 */
final class DealOrder {

  /** The key of an id whose first eight characters do not all fit in a byte: compare the strings. */
  static final long NO_KEY = -1L;

  private static final int INSERTION_SORT_MAX = 12;

  private DealOrder() {}

  /**
   * The id's first eight characters, big-endian, one byte each, padded with zero bytes: for two ids
   * whose keys differ and neither is {@link #NO_KEY}, {@code Long.compareUnsigned} of the keys has
   * the sign of {@code String.compareTo} of the ids (a shorter id's padding sorts it before every
   * longer id it is a prefix of, as String order does).
   */
  static long key(String id) {
    long key = 0;
    int length = Math.min(8, id.length());
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c > 0xFF) {
        return NO_KEY;
      }
      key |= (long) c << (56 - 8 * i);
    }
    return key;
  }

  /**
   * Returns the positions {@code 0..n-1} ordered by {@code day}, then by id.
   *
   * @param day each position's day, all within {@code [min, min + range)}
   * @param ids each position's id, unique
   * @param keys each position's {@link #key}
   */
  static int[] byDayThenId(int[] day, int min, int range, String[] ids, long[] keys) {
    int n = day.length;
    int[] order = new int[n];
    int[] start = new int[range + 1];
    for (int d : day) {
      start[d - min + 1]++;
    }
    int largest = 0;
    for (int d = 0; d < range; d++) {
      largest = Math.max(largest, start[d + 1]);
      start[d + 1] += start[d];
    }
    int[] next = start.clone();
    for (int j = 0; j < n; j++) {
      order[next[day[j] - min]++] = j;
    }
    int[] buffer = new int[largest];
    for (int d = 0; d < range; d++) {
      int from = start[d];
      int to = start[d + 1];
      if (to - from > 1 && !sorted(order, from, to, ids, keys)) {
        mergeSort(order, buffer, from, to, ids, keys);
      }
    }
    return order;
  }

  static int compare(int a, int b, String[] ids, long[] keys) {
    long ka = keys[a];
    long kb = keys[b];
    if (ka != kb && ka != NO_KEY && kb != NO_KEY) {
      return Long.compareUnsigned(ka, kb);
    }
    return ids[a].compareTo(ids[b]);
  }

  private static boolean sorted(int[] order, int from, int to, String[] ids, long[] keys) {
    for (int k = from + 1; k < to; k++) {
      if (compare(order[k - 1], order[k], ids, keys) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Sorts {@code a[from..to)}; {@code buffer} holds at least {@code to - from} ints. */
  private static void mergeSort(int[] a, int[] buffer, int from, int to, String[] ids, long[] keys) {
    if (to - from <= INSERTION_SORT_MAX) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int k = i - 1;
        while (k >= from && compare(a[k], x, ids, keys) > 0) {
          a[k + 1] = a[k];
          k--;
        }
        a[k + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, ids, keys);
    mergeSort(a, buffer, mid, to, ids, keys);
    if (compare(a[mid - 1], a[mid], ids, keys) <= 0) {
      return;
    }
    System.arraycopy(a, from, buffer, 0, mid - from);
    int i = 0;
    int iEnd = mid - from;
    int j = mid;
    int k = from;
    while (i < iEnd && j < to) {
      a[k++] = compare(buffer[i], a[j], ids, keys) <= 0 ? buffer[i++] : a[j++];
    }
    while (i < iEnd) {
      a[k++] = buffer[i++];
    }
  }
}
