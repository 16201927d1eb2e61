package dev.partnerpoints.ledger;

import dev.partnerpoints.internal.Hashes;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A set of ids as one open-addressing table (linear probing, at most half full): the ledger
 * builder's check that no deal id is added twice. Unlike a {@code HashMap} it allocates no object
 * per id, which for a million deals is a million entries for the collector to copy while the ledger
 * is built. Not thread-safe (the builder is not); a {@link #snapshot} is never changed, so a
 * ledger may share it between threads.
 */
final class IdSet {

  private static final int MAX_CAPACITY = 1 << 30;

  private String[] slots;
  private int size;
  /** Whether {@link #slots} is shared with a snapshot: copied before the next change. */
  private boolean shared;

  IdSet() {
    slots = new String[16];
  }

  private IdSet(String[] slots, int size) {
    this.slots = slots;
    this.size = size;
    this.shared = true;
  }

  /**
   * The ids in the set now, sharing the table until either set changes (then the one that changes
   * copies it first): the build hands the builder's ids to the ledger without copying them.
   */
  IdSet snapshot() {
    if (!shared) { // a shared set (a ledger's) is only read: no write to it at all
      shared = true;
    }
    return new IdSet(slots, size);
  }

  /** Whether the id is in the set. */
  boolean contains(String id) {
    String[] table = slots;
    int mask = table.length - 1;
    for (int i = slot(id) & mask; ; i = (i + 1) & mask) {
      String s = table[i];
      if (s == null) {
        return false;
      }
      if (s.equals(id)) {
        return true;
      }
    }
  }

  /** Calls {@code action} with each id, in no particular order. */
  void forEach(Consumer<String> action) {
    for (String s : slots) {
      if (s != null) {
        action.accept(s);
      }
    }
  }

  /**
   * Adds an id.
   *
   * @return false, leaving the set unchanged, if the id is already in it
   */
  boolean add(String id) {
    if (2 * (size + 1) > slots.length) {
      resize(slots.length * 2);
    } else if (shared) {
      slots = slots.clone();
      shared = false;
    }
    String[] table = slots;
    int mask = table.length - 1;
    for (int i = slot(id) & mask; ; i = (i + 1) & mask) {
      String s = table[i];
      if (s == null) {
        table[i] = id;
        size++;
        return true;
      }
      if (s.equals(id)) {
        return false;
      }
    }
  }

  /** Makes room for {@code more} ids beyond those in the set. */
  void ensureRoomFor(int more) {
    long needed = 2L * ((long) size + more);
    if (needed > slots.length) {
      resize((int) Math.min(MAX_CAPACITY, Long.highestOneBit(needed - 1) << 1));
    }
  }

  /** Empties the set and adds the ids of {@code items} (used to undo a failed bulk add). */
  <T> void resetTo(List<T> items, Function<T, String> id) {
    if (shared) {
      slots = new String[slots.length];
      shared = false;
    } else {
      Arrays.fill(slots, null);
    }
    size = 0;
    for (T item : items) {
      add(id.apply(item));
    }
  }

  int size() {
    return size;
  }

  private void resize(int capacity) {
    if (capacity > MAX_CAPACITY || capacity < 0) {
      throw new IllegalStateException(
          "cannot hold " + (size + 1) + " ids; at most " + MAX_CAPACITY / 2 + " are allowed");
    }
    String[] old = slots;
    String[] table = new String[capacity];
    int mask = capacity - 1;
    for (String s : old) {
      if (s != null) {
        int i = slot(s) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = s;
      }
    }
    slots = table;
    shared = false;
  }

  /** The id's hash, mixed so that the low bits depend on all of it. */
  private static int slot(String id) {
    return Hashes.mix(id.hashCode());
  }
}
