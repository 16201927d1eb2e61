package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Escaping of every text that reaches the HTML report. */
class HtmlTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertThat(Html.text("<b>\"Tom\" & 'Jerry'</b>"))
        .isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
    assertThat(Html.text("Acme Ltda")).isEqualTo("Acme Ltda");
    assertThat(Html.text("")).isEmpty();
    assertThat(Html.text("São Paulo & Zürich")).isEqualTo("São Paulo &amp; Zürich");
  }

  @Test
  void escapedTextReadsBackAsWrittenInContentAndAttributes() {
    qt().withExamples(1000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = Html.text(text);
      assertThat(escaped).doesNotContain("<", ">", "\"", "'");
      assertThat(Parser.unescapeEntities(escaped, false)).isEqualTo(text);
      String html = "<p title=\"" + escaped + "\" data-x='" + escaped + "'>" + escaped + "</p>";
      org.jsoup.nodes.Element p = Jsoup.parseBodyFragment(html).selectFirst("p");
      assertThat(p.attr("title")).isEqualTo(text);
      assertThat(p.attr("data-x")).isEqualTo(text);
      assertThat(p.wholeText()).isEqualTo(text);
      assertThat(p.children()).isEmpty();
    });
  }
}
