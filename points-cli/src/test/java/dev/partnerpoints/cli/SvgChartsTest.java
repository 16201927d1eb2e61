package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The charts' SVG, parsed back with jsoup: what is drawn, where, and the text around it. */
class SvgChartsTest {

  private static final List<String> MONTHS = List.of("2025-07", "2025-08", "2025-09");

  private static ImmutableList<BigDecimal> values(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(ImmutableList.toImmutableList());
  }

  private static Document chart(List<String> categories, List<SvgCharts.Series> series, List<SvgCharts.Line> lines) {
    return Jsoup.parse("<!DOCTYPE html><html><body>" + SvgCharts.barChart("c", "Points <by> month", "Summary.",
        categories, "Month", "Points", series, lines) + "</body></html>");
  }

  @Test
  void aBarPerSeriesAndCategoryStackedInOrder() {
    Document doc = chart(MONTHS,
        List.of(new SvgCharts.Series("sold", "sold", values("100.00", "0.00", "50.00")),
            new SvgCharts.Series("managed", "managed", values("20.00", "40.00", "0.00"))),
        List.of(new SvgCharts.Line("Gold", values("123.00", "123.00", "129.00"))));
    Elements sold = doc.select("rect.bar.sold[data-category]");
    Elements managed = doc.select("rect.bar.managed[data-category]");
    assertThat(sold).hasSize(3);
    assertThat(managed).hasSize(3);
    assertThat(sold.eachAttr("data-category")).isEqualTo(MONTHS);
    assertThat(managed.eachAttr("data-value")).containsExactly("20.00", "40.00", "0.00");
    // a zero value is a bar of height 0; heights are proportional to the values
    assertThat(number(sold.get(1), "height")).isZero();
    assertThat(number(sold.get(0), "height")).isCloseTo(2 * number(sold.get(2), "height"), within());
    assertThat(number(managed.get(1), "height")).isCloseTo(2 * number(managed.get(0), "height"), within());
    // managed sits on top of sold: its bottom edge is sold's top edge
    for (int i = 0; i < 3; i++) {
      assertThat(number(managed.get(i), "y") + number(managed.get(i), "height"))
          .isCloseTo(number(sold.get(i), "y"), within());
    }
    // the line: one segment per category, at the value's height, stepping where the value changes
    Elements segments = doc.select("g.threshold[data-line=Gold] line");
    assertThat(segments).hasSize(3);
    assertThat(number(segments.get(0), "y1")).isEqualTo(number(segments.get(1), "y1"));
    assertThat(number(segments.get(2), "y1")).isLessThan(number(segments.get(1), "y1"));
    assertThat(doc.select("g.threshold text.line-label").text()).isEqualTo("Gold 129.00");
  }

  @Test
  void titleAxisLabelsLegendAndTextAlternative() {
    Document doc = chart(MONTHS, List.of(new SvgCharts.Series("sold", "sold", values("1.00", "2.00", "3.00"))),
        List.of(new SvgCharts.Line("Gold", values("5.00", "5.00", "5.00"))));
    Element svg = doc.selectFirst("svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("c-title c-desc");
    assertThat(svg.selectFirst("title#c-title").text()).isEqualTo("Points <by> month");
    assertThat(svg.selectFirst("desc#c-desc").text())
        .isEqualTo("Summary. 2025-07: sold 1.00; 2025-08: sold 2.00; 2025-09: sold 3.00. Gold 5.00.");
    assertThat(svg.selectFirst("text.chart-title").text()).isEqualTo("Points <by> month");
    assertThat(svg.select("text.axis-label").eachText()).containsExactly("Points", "Month");
    assertThat(svg.select("g.legend text").eachText()).containsExactly("sold", "Gold");
    // months by short name, the year under the first and every January
    assertThat(svg.select("g.x-axis text.tick").eachText()).containsExactly("Jul2025", "Aug", "Sep");
    assertThat(svg.select("g.x-axis text.tick").get(0).select("tspan").eachText()).containsExactly("Jul", "2025");
    // y ticks: 0 to at least the largest value in steps of 1, 2 or 5 times a power of ten
    assertThat(svg.select("g.y-axis text.tick").eachText()).containsExactly("0", "1", "2", "3", "4", "5");
  }

  @Test
  void textIsEscaped() {
    String name = "<script>alert(1)</script> & \"x\" 'y'";
    String svg = SvgCharts.barChart("c", name, name, List.of(name), name, name,
        List.of(new SvgCharts.Series(name, "sold", values("1.00"))), List.of(new SvgCharts.Line(name, values("2.00"))));
    assertThat(svg).doesNotContain("<script>").doesNotContain("\"x\"").doesNotContain("'y'");
    Document doc = Jsoup.parse(svg);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("title").text()).isEqualTo(name);
    assertThat(doc.selectFirst("rect.bar[data-category]").attr("data-category")).isEqualTo(name);
    assertThat(doc.selectFirst("g.series").attr("data-series")).isEqualTo(name);
  }

  @Test
  void progressBarFillsTheShareMet() {
    Document half = Jsoup.parse(SvgCharts.progressBar("p", "Managed minimum", new BigDecimal("100.00"),
        new BigDecimal("200.00"), "points"));
    assertThat(number(half.selectFirst("rect.fill"), "width"))
        .isCloseTo(number(half.selectFirst("rect.track"), "width") / 2, within());
    assertThat(half.selectFirst("rect.fill").hasClass("met")).isFalse();
    assertThat(half.selectFirst("desc").text()).isEqualTo("100.00 of 200.00 points required; 100.00 points missing.");
    assertThat(half.select("text").eachText()).containsExactly("0", "200.00 points required");

    Document over = Jsoup.parse(SvgCharts.progressBar("p", "Total", new BigDecimal("479.27"),
        new BigDecimal("329.00"), "points"));
    assertThat(number(over.selectFirst("rect.fill"), "width")).isEqualTo(number(over.selectFirst("rect.track"), "width"));
    assertThat(over.selectFirst("rect.fill").hasClass("met")).isTrue();
    assertThat(over.selectFirst("desc").text()).isEqualTo("479.27 of 329.00 points required; met.");

    Document nothing = Jsoup.parse(SvgCharts.progressBar("p", "Total", BigDecimal.ZERO, BigDecimal.ZERO, "points"));
    assertThat(nothing.selectFirst("rect.fill").hasClass("met")).isTrue();
  }

  @Test
  void rejectsWhatItCannotDraw() {
    assertThatThrownBy(() -> SvgCharts.barChart("c", "Empty", "", List.of(), "x", "y", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Empty' has no category");
    assertThatThrownBy(() -> chart(MONTHS, List.of(new SvgCharts.Series("sold", "sold", values("1", "2"))), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sold has 2 values for 3 categories");
    assertThatThrownBy(() -> chart(MONTHS, List.of(), List.of(new SvgCharts.Line("Gold", values("1")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gold has 1 values for 3 categories");
    assertThatThrownBy(() -> chart(MONTHS, List.of(new SvgCharts.Series("sold", "sold", values("1", "-2", "3"))),
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sold of 2025-08 is -2; stacked bars must not be negative");
  }

  @Test
  void niceSteps() {
    assertThat(SvgCharts.niceStep(BigDecimal.ZERO)).isEqualByComparingTo("1");
    assertThat(SvgCharts.niceStep(new BigDecimal("479.27"))).isEqualByComparingTo("100");
    assertThat(SvgCharts.niceStep(new BigDecimal("840.00"))).isEqualByComparingTo("200");
    assertThat(SvgCharts.niceStep(new BigDecimal("3833.00"))).isEqualByComparingTo("1000");
    assertThat(SvgCharts.niceStep(new BigDecimal("5"))).isEqualByComparingTo("1");
    assertThat(SvgCharts.niceStep(new BigDecimal("0.30"))).isEqualByComparingTo("0.1");
  }

  @Test
  void niceStepReachesTheMaximumInFiveStepsOfOneTwoOrFive() {
    qt().withExamples(2000).forAll(longs().between(1, 100_000_000_000L)).checkAssert(hundredths -> {
      BigDecimal max = BigDecimal.valueOf(hundredths, 2);
      BigDecimal step = SvgCharts.niceStep(max);
      assertThat(step.multiply(BigDecimal.valueOf(5))).as("5 steps of %s reach %s", step, max)
          .isGreaterThanOrEqualTo(max);
      assertThat(step.multiply(BigDecimal.valueOf(2))).as("step %s for %s is not too coarse", step, max)
          .isLessThanOrEqualTo(max);
      assertThat(step.stripTrailingZeros().unscaledValue().intValueExact()).isIn(Set.of(1, 2, 5));
    });
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.attr(attribute));
  }

  private static Offset<Double> within() {
    return Offset.offset(0.15);
  }
}
