package dev.partnerpoints.ledger;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list kept as a row of chunks, so that a copy with a few elements removed and inserted
 * ({@link #merged}) shares every chunk it does not change: an update of a million-element list
 * copies the chunk table (about a thousand references) and the chunks it touches, not the elements.
 * An element is found by a binary search over the chunk ends.
 *
 * <p>The chunks of a list made from another list are read-only views of it
 * ({@link List#subList}), so the first update of a built ledger copies nothing either. Never exposed:
 * the ledger hands out an {@link ImmutableList} copy, made once, on demand.
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {

  /** Elements per chunk when a list is cut into chunks. */
  static final int CHUNK = 1024;
  /** A chunk that grows beyond this is cut in two. */
  private static final int MAX_CHUNK = 2 * CHUNK;

  private final List<T>[] chunks;
  /** {@code ends[j]}: the number of elements in chunks {@code 0..j}. */
  private final int[] ends;

  private ChunkedList(List<T>[] chunks, int[] ends) {
    this.chunks = chunks;
    this.ends = ends;
  }

  /**
   * The list {@code base} with the elements at the ascending positions {@code removed} left out and
   * {@code fresh.get(f)} inserted before the element at position {@code insertAt[f]} of
   * {@code base} ({@code base.size()}: at the end). {@code insertAt} is ascending; an element
   * inserted at a removed position goes before the removed one's successor. Neither input changes.
   */
  static <T> ChunkedList<T> merged(List<T> base, int[] removed, int[] insertAt, List<T> fresh) {
    ChunkedList<T> from = base instanceof ChunkedList<T> c ? c : cut(base);
    int n = from.size();
    int chunkCount = from.chunks.length;
    Builder<T> out = new Builder<>(chunkCount + insertAt.length / CHUNK + 2);
    int r = 0;
    int f = 0;
    for (int j = 0; j < chunkCount; j++) {
      int start = j == 0 ? 0 : from.ends[j - 1];
      int end = from.ends[j];
      boolean last = j == chunkCount - 1;
      // the chunk owns the positions start..end-1, and the last one also position n (the end)
      boolean changed = (r < removed.length && removed[r] < end)
          || (f < insertAt.length && (insertAt[f] < end || (last && insertAt[f] <= n)));
      if (!changed) {
        out.add(from.chunks[j]);
        continue;
      }
      Object[] items = new Object[end - start + count(insertAt, f, last ? n + 1 : end)];
      int size = 0;
      for (int i = start; i <= end; i++) {
        while (f < insertAt.length && insertAt[f] == i && (i < end || last)) {
          items[size++] = fresh.get(f++);
        }
        if (i == end) {
          break;
        }
        if (r < removed.length && removed[r] == i) {
          r++;
        } else {
          items[size++] = from.chunks[j].get(i - start);
        }
      }
      out.addItems(items, size);
    }
    if (chunkCount == 0) { // an empty base: everything inserted
      Object[] items = fresh.toArray();
      out.addItems(items, items.length);
    }
    return out.build();
  }

  /** The number of entries of the ascending {@code positions}, from index {@code from}, below {@code limit}. */
  private static int count(int[] positions, int from, int limit) {
    int i = from;
    while (i < positions.length && positions[i] < limit) {
      i++;
    }
    return i - from;
  }

  /** {@code list} as chunks that are views of it. */
  private static <T> ChunkedList<T> cut(List<T> list) {
    Builder<T> out = new Builder<>(list.size() / CHUNK + 1);
    for (int start = 0; start < list.size(); start += CHUNK) {
      out.add(list.subList(start, Math.min(list.size(), start + CHUNK)));
    }
    return out.build();
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " is outside a list of " + size());
    }
    // the first chunk whose end is beyond index
    int j = Arrays.binarySearch(ends, index + 1);
    j = j >= 0 ? j : -j - 1;
    return chunks[j].get(index - (j == 0 ? 0 : ends[j - 1]));
  }

  /** The elements in order, read chunk by chunk (not element by element through {@link #get}). */
  @Override
  public Object[] toArray() {
    Object[] result = new Object[size()];
    int i = 0;
    for (List<T> chunk : chunks) {
      for (T t : chunk) {
        result[i++] = t;
      }
    }
    return result;
  }

  @Override
  public int size() {
    return ends.length == 0 ? 0 : ends[ends.length - 1];
  }

  /** Collects chunks, cutting those above {@link #MAX_CHUNK} and dropping empty ones. */
  private static final class Builder<T> {
    private List<T>[] chunks;
    private int[] ends;
    private int count;

    @SuppressWarnings("unchecked") // a generic array of lists: only lists of T are stored
    Builder(int expected) {
      chunks = (List<T>[]) new List<?>[Math.max(1, expected)];
      ends = new int[Math.max(1, expected)];
    }

    void add(List<T> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      if (count == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * count);
        ends = Arrays.copyOf(ends, 2 * count);
      }
      ends[count] = (count == 0 ? 0 : ends[count - 1]) + chunk.size();
      chunks[count++] = chunk;
    }

    @SuppressWarnings("unchecked") // only elements of type T were placed in items
    void addItems(Object[] items, int size) {
      for (int start = 0; start < size; start += MAX_CHUNK) {
        int end = Math.min(size, start + MAX_CHUNK);
        // the elements are never null (ledger values), so ImmutableList takes them
        add((List<T>) ImmutableList.copyOf(Arrays.asList(items).subList(start, end)));
      }
    }

    ChunkedList<T> build() {
      return new ChunkedList<>(Arrays.copyOf(chunks, count), Arrays.copyOf(ends, count));
    }
  }
}
