package dev.partnerpoints.cli;

import org.jspecify.annotations.Nullable;

/**
 * Escaping for the HTML report and its SVG charts. Every piece of text that reaches the page (client
 * names, ids, products, labels) goes through {@link #text(String)}: the five characters that could
 * open markup, end an attribute or start an entity are replaced by character references, so a name
 * such as {@code <b>"Tom" & 'Jerry'</b>} shows as written and never becomes markup.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for element content and for attribute values in double or single quotes.
   *
   * @param text any text, not null
   * @return the text with each of {@code & < > " '} replaced by its character reference ({@code &} by
   *     {@code &}{@code amp;} and so on)
   */
  static String text(String text) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      @Nullable String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
