package dev.partnerpoints.segment;

import com.google.common.collect.ImmutableSortedSet;
import dev.partnerpoints.ledger.ClientId;

/**
 * A dashboard figure with clients behind it. Its clients can become a named static
 * {@link Segment}, which can then filter ledger breakdowns or combine with other segments.
 *
 * <pre>{@code
 * Segment churned = dashboard.progress().retention().toSegment("churned this year");
 * }</pre>
 */
public interface ClientFigure {

  /**
   * The clients behind the figure, sorted by id.
   *
   * @return the client ids, never null
   */
  ImmutableSortedSet<ClientId> clients();

  /**
   * Turns the clients behind the figure into a named static segment: later changes to the data do
   * not change the segment.
   *
   * @param name the segment name, not null, not blank
   * @return the segment, never null
   * @throws IllegalArgumentException if the name is blank
   */
  default Segment toSegment(String name) {
    return Segment.of(name, clients());
  }
}
