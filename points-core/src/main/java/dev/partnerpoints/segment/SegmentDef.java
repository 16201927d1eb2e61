package dev.partnerpoints.segment;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A named static segment: a fixed set of clients, for example the clients behind a dashboard figure
 * ({@link ClientFigure#toSegment(String)}). Segments combine by union, intersection and difference,
 * and restrict ledger breakdowns ({@link #toFilter()}, {@link #restrict(BreakdownFilter)}).
 *
 * <pre>{@code
 * Segment a = Segment.of("renewing", renewals.clients());
 * Segment b = Segment.of("managed", List.of(ClientId.of("acme")));
 * Segment both = a.intersection(b);                     // named "renewing & managed"
 * ledger.breakdown(date, both.toFilter());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class SegmentDef {

  /**
   * The segment's name.
   *
   * @return the name, never null, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The clients in the segment, sorted by id.
   *
   * @return the client ids, never null
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClientId> clients();

  @Value.Check
  void check() {
    Objects.requireNonNull(name(), "name");
    if (name().isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank, but was '" + name() + "'");
    }
  }

  /**
   * Checks whether the segment contains a client.
   *
   * @param client the client id, not null
   * @return true if the client is in the segment
   */
  public boolean contains(ClientId client) {
    return clients().contains(Objects.requireNonNull(client, "client"));
  }

  /**
   * Returns the clients in this segment or the other, named {@code "this + other"}.
   *
   * @param other the other segment, not null
   * @return the union, never null
   */
  public Segment union(Segment other) {
    return union(name() + " + " + other.name(), other);
  }

  /**
   * Returns the clients in this segment or the other, under a new name.
   *
   * @param name the name of the result, not null, not blank
   * @param other the other segment, not null
   * @return the union, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public Segment union(String name, Segment other) {
    Objects.requireNonNull(other, "other");
    return Segment.of(name, Sets.union(clients(), other.clients()));
  }

  /**
   * Returns the clients in both this segment and the other, named {@code "this & other"}.
   *
   * @param other the other segment, not null
   * @return the intersection, never null
   */
  public Segment intersection(Segment other) {
    return intersection(name() + " & " + other.name(), other);
  }

  /**
   * Returns the clients in both this segment and the other, under a new name.
   *
   * @param name the name of the result, not null, not blank
   * @param other the other segment, not null
   * @return the intersection, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public Segment intersection(String name, Segment other) {
    Objects.requireNonNull(other, "other");
    return Segment.of(name, Sets.intersection(clients(), other.clients()));
  }

  /**
   * Returns the clients in this segment but not in the other, named {@code "this - other"}.
   *
   * @param other the other segment, not null
   * @return the difference, never null
   */
  public Segment difference(Segment other) {
    return difference(name() + " - " + other.name(), other);
  }

  /**
   * Returns the clients in this segment but not in the other, under a new name.
   *
   * @param name the name of the result, not null, not blank
   * @param other the other segment, not null
   * @return the difference, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public Segment difference(String name, Segment other) {
    Objects.requireNonNull(other, "other");
    return Segment.of(name, Sets.difference(clients(), other.clients()));
  }

  /**
   * Returns a breakdown filter that keeps exactly this segment's clients (any deal type, any
   * market).
   *
   * @return the filter, never null
   */
  public BreakdownFilter toFilter() {
    return BreakdownFilter.builder().clients(ImmutableSet.copyOf(clients())).build();
  }

  /**
   * Restricts a breakdown filter to this segment: its deal-type and market criteria stay, and its
   * clients become the ones both in its client set (if it has one) and in this segment.
   *
   * @param filter the filter to restrict, not null
   * @return the restricted filter, never null
   */
  public BreakdownFilter restrict(BreakdownFilter filter) {
    Objects.requireNonNull(filter, "filter");
    ImmutableSet<ClientId> kept = filter.clients()
        .map(set -> ImmutableSet.copyOf(Sets.intersection(set, clients())))
        .orElse(ImmutableSet.copyOf(clients()));
    return filter.withClients(kept);
  }
}
