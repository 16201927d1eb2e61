package dev.partnerpoints.ledger;

import java.util.Objects;

/** Validation of identifier text. */
final class Ids {
  private Ids() {}

  static String require(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was '" + value + "'");
    }
    return value;
  }
}
