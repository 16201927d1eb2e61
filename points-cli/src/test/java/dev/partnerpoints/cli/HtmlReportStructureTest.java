package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of the demo's HTML report, checked with an HTML parser (jsoup). */
class HtmlReportStructureTest {

  @TempDir
  static Path dir;

  private static Document doc;
  private static String html;

  @BeforeAll
  static void writeReport() throws IOException {
    Path file = dir.resolve("report.html");
    Cli.Result result = Cli.run("demo", "--html", file.toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("Wrote " + file + System.lineSeparator());
    html = Files.readString(file, StandardCharsets.UTF_8);
    doc = Jsoup.parse(html);
  }

  @Test
  void aStandaloneHtml5DocumentForPhonesAndPrint() {
    assertThat(doc.childNodes().get(0)).isInstanceOf(DocumentType.class);
    assertThat(((DocumentType) doc.childNodes().get(0)).name()).isEqualTo("html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(doc.select("meta[name=viewport]").attr("content")).contains("width=device-width");
    assertThat(doc.title()).isEqualTo("Partner dashboard of partner-1 on 2025-10-01");
    assertThat(doc.select("style")).hasSize(1);
    String css = doc.selectFirst("style").data();
    assertThat(css).contains("@media print", "@media (max-width:", "overflow-x:auto");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select("main > section")).extracting(Element::id)
        .containsExactly("progress", "next-tier", "monthly", "expiring", "clients", "commission", "rules");
    for (Element section : doc.select("main > section")) {
      assertThat(section.child(0).tagName()).as("heading of #%s", section.id()).isEqualTo("h2");
    }
  }

  @Test
  void nothingToFetch() {
    assertThat(doc.select("script, link, img, iframe, object, embed, base, video, audio, source, use, image, "
        + "foreignObject, form")).isEmpty();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as("attribute of <%s>", element.tagName())
            .isNotIn("src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background")
            .doesNotStartWith("on");
        assertThat(attribute.getValue()).as("%s of <%s>", name, element.tagName()).doesNotContain("url(");
      }
    }
    assertThat(html).doesNotContain("url(", "@import", "@font-face", "http:", "https:", "//cdn", "<script");
  }

  @Test
  void everyChartHasATitleAxisLabelsAndATextAlternative() {
    List<Element> charts = doc.select("svg");
    assertThat(charts).hasSize(5);  // 3 progress bars of Platinum's requirements, months, expiries
    Set<String> ids = new HashSet<>();
    for (Element svg : charts) {
      assertThat(svg.attr("role")).isEqualTo("img");
      String[] labelledBy = svg.attr("aria-labelledby").split(" ");
      assertThat(labelledBy).hasSize(2);
      assertThat(svg.selectFirst("title").id()).isEqualTo(labelledBy[0]);
      assertThat(svg.selectFirst("desc").id()).isEqualTo(labelledBy[1]);
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).isNotBlank();
      assertThat(svg.select("text.axis-label")).as("axis labels of #%s", svg.id()).isNotEmpty();
      assertThat(svg.select("text.axis-label").text()).as("unit of #%s", svg.id()).containsIgnoringCase("points");
      ids.add(svg.id());
    }
    for (Element chart : doc.select("svg[id^=chart-]")) {
      assertThat(chart.select("text.chart-title").text()).isEqualTo(chart.selectFirst("title").text());
      assertThat(chart.select("text.axis-label")).hasSize(2);
      assertThat(chart.selectFirst("desc").text()).contains(chart.select("rect.bar[data-category]").first()
          .attr("data-category"));
      // the same figures as a table beside the chart
      assertThat(chart.closest("section").select("table caption")).isNotEmpty();
    }
    assertThat(ids).contains("chart-monthly", "chart-expiring", "req-total", "req-sold", "req-managed");
    // element ids are unique
    List<String> all = doc.select("[id]").eachAttr("id");
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void tablesHaveCaptionsAndHeaders() {
    assertThat(doc.select("table")).isNotEmpty();
    for (Element table : doc.select("table")) {
      assertThat(table.parent().hasClass("table-wrap")).isTrue();
      assertThat(table.select("caption").text()).isNotBlank();
      assertThat(table.select("th")).isNotEmpty();
    }
    assertThat(doc.select("#clients tbody tr")).hasSize(6);
    assertThat(doc.select("#clients tfoot td").eachText()).containsExactly("Total", "320.18", "90.00", "69.09",
        "479.27", "25.00");
  }

  @Test
  void rulesInForceAndIllustrativeThresholds() {
    Element rules = doc.selectFirst("#rules");
    assertThat(rules.select("caption").eachText()).containsExactly(
        "Rate era from 2024-02-27 (points per 100 USD of MRR)",
        "Currency table from 2025-07-15 (local amount worth 100 USD of MRR)",
        "Tier schedule from 2025-07-15 (thresholds illustrative)");
    assertThat(rules.select("table").get(0).select("tr").eachText()).contains("Sourced deal 5", "Assisted deal 3",
        "Managed client 1");
    assertThat(rules.select("table").get(1).select("tbody tr").eachText()).contains("EUR 88", "USD 100");
    assertThat(doc.selectFirst("header .note").text()).contains("thresholds are illustrative");
  }
}
