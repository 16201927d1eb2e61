package dev.partnerpoints.cli;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTML report's charts as inline SVG, written from the figures: a stacked bar chart with
 * threshold lines and a progress bar. Every chart is an {@code <svg role="img">} whose {@code
 * aria-labelledby} names its {@code <title>} and a {@code <desc>} that lists every figure it draws
 * (its text alternative); it draws its title, its axis labels with their units and, for bars, a
 * legend. All text is escaped. Coordinates are for drawing only: the figures shown as text are the
 * exact decimals given.
 *
 * <p>Categories that are ISO months ({@code 2025-09}) are labelled with the month's short English
 * name, and the year under the first month and every January.
 *
 * <p>A bar chart draws one {@code <rect class="bar ...">} per series and category (height 0 for a
 * zero value, so every series has as many bars as categories) and, per line, one horizontal {@code
 * <line>} across each category's band (a threshold that changes between months steps).
 */
final class SvgCharts {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 330;
  private static final int LEFT = 60;
  private static final int RIGHT = 112;
  private static final int TOP = 58;
  private static final int BOTTOM = 62;
  private static final int TICKS = 5;

  private SvgCharts() {}

  /**
   * One stacked series of a bar chart.
   *
   * @param name the series' name in the legend and the text alternative
   * @param cssClass the CSS class that colours its bars (a plain identifier)
   * @param values a value per category, not negative
   */
  record Series(String name, String cssClass, ImmutableList<BigDecimal> values) {
    Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(cssClass, "cssClass");
      Objects.requireNonNull(values, "values");
    }
  }

  /**
   * A line across the categories, such as a tier threshold.
   *
   * @param name the line's name, written at its right end with its last value
   * @param values a value per category
   */
  record Line(String name, ImmutableList<BigDecimal> values) {
    Line {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(values, "values");
    }
  }

  /**
   * A bar chart: the categories along the x axis, the series stacked bottom to top, the lines over them.
   *
   * @param id a unique id in the page (a plain identifier): the title's and description's ids start with it
   * @param title the chart's title
   * @param summary the first sentence of the text alternative; the figures follow it
   * @param categories the categories' labels (the x axis), at least one
   * @param xLabel the x axis label
   * @param yLabel the y axis label with its unit
   * @param series the stacked series, each with a value per category
   * @param lines the lines, each with a value per category
   * @return the SVG element
   * @throws IllegalArgumentException if there is no category, a series or line has a value count
   *     other than the categories', or a series value is negative
   */
  static String barChart(String id, String title, String summary, List<String> categories, String xLabel,
      String yLabel, List<Series> series, List<Line> lines) {
    int n = categories.size();
    if (n == 0) {
      throw new IllegalArgumentException("chart '" + title + "' has no category to draw");
    }
    BigDecimal max = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal stack = BigDecimal.ZERO;
      for (Series s : series) {
        checkCount(title, s.name(), s.values().size(), n);
        BigDecimal value = s.values().get(i);
        if (value.signum() < 0) {
          throw new IllegalArgumentException("chart '" + title + "': " + s.name() + " of " + categories.get(i)
              + " is " + value.toPlainString() + "; stacked bars must not be negative");
        }
        stack = stack.add(value);
      }
      max = max.max(stack);
    }
    for (Line line : lines) {
      checkCount(title, line.name(), line.values().size(), n);
      for (BigDecimal value : line.values()) {
        max = max.max(value);
      }
    }
    BigDecimal step = niceStep(max);
    BigDecimal top = step.multiply(BigDecimal.valueOf(TICKS));
    while (top.compareTo(max) < 0) {
      top = top.add(step);
    }
    Scale y = new Scale(top);
    double band = (double) (WIDTH - LEFT - RIGHT) / n;
    double barWidth = band * 0.64;

    StringBuilder svg = open(id, title, summary + " " + describe(categories, series, lines), WIDTH, HEIGHT);
    svg.append("<text class=\"chart-title\" x=\"").append(WIDTH / 2).append("\" y=\"20\" text-anchor=\"middle\">")
        .append(Html.text(title)).append("</text>\n");
    legend(svg, series, lines);
    // y axis: grid lines and tick labels
    svg.append("<g class=\"y-axis\">\n");
    for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(top) <= 0; tick = tick.add(step)) {
      String ty = fmt(y.at(tick));
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(ty).append("\" y2=\"").append(ty).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(ty)
          .append("\" dy=\"0.32em\" text-anchor=\"end\">").append(tick.toPlainString()).append("</text>\n");
    }
    svg.append("<text class=\"axis-label\" transform=\"translate(14 ").append(fmt(TOP + y.height() / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.text(yLabel)).append("</text>\n</g>\n");
    // bars
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      svg.append("<g class=\"series ").append(Html.text(s.cssClass())).append("\" data-series=\"")
          .append(Html.text(s.name())).append("\">\n");
      for (int i = 0; i < n; i++) {
        BigDecimal below = BigDecimal.ZERO;
        for (Series under : series.subList(0, k)) {
          below = below.add(under.values().get(i));
        }
        BigDecimal value = s.values().get(i);
        double y1 = y.at(below.add(value));
        double y0 = y.at(below);
        svg.append("<rect class=\"bar ").append(Html.text(s.cssClass())).append("\" x=\"")
            .append(fmt(LEFT + i * band + (band - barWidth) / 2)).append("\" y=\"").append(fmt(y1))
            .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(y0 - y1))
            .append("\" data-category=\"").append(Html.text(categories.get(i))).append("\" data-value=\"")
            .append(value.toPlainString()).append("\"><title>").append(Html.text(categories.get(i))).append(": ")
            .append(Html.text(s.name())).append(' ').append(value.toPlainString()).append("</title></rect>\n");
      }
      svg.append("</g>\n");
    }
    // lines: one segment across each category's band
    for (Line line : lines) {
      svg.append("<g class=\"threshold\" data-line=\"").append(Html.text(line.name())).append("\">\n");
      for (int i = 0; i < n; i++) {
        String ly = fmt(y.at(line.values().get(i)));
        svg.append("<line x1=\"").append(fmt(LEFT + i * band)).append("\" x2=\"").append(fmt(LEFT + (i + 1) * band))
            .append("\" y1=\"").append(ly).append("\" y2=\"").append(ly).append("\" data-category=\"")
            .append(Html.text(categories.get(i))).append("\" data-value=\"")
            .append(line.values().get(i).toPlainString()).append("\"/>\n");
      }
      BigDecimal last = line.values().get(n - 1);
      svg.append("<text class=\"line-label\" x=\"").append(WIDTH - RIGHT + 4).append("\" y=\"")
          .append(fmt(y.at(last))).append("\" dy=\"0.32em\">").append(Html.text(line.name())).append(' ')
          .append(last.toPlainString()).append("</text>\n</g>\n");
    }
    // x axis: base line, category labels, axis label
    svg.append("<g class=\"x-axis\">\n<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y.at(BigDecimal.ZERO))).append("\" y2=\"")
        .append(fmt(y.at(BigDecimal.ZERO))).append("\"/>\n");
    for (int i = 0; i < n; i++) {
      String x = fmt(LEFT + (i + 0.5) * band);
      svg.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
          .append("\" text-anchor=\"middle\">");
      Optional<YearMonth> month = month(categories.get(i));
      if (month.isPresent()) {
        // a month as its short name, with the year under the first month and every January
        svg.append("<tspan>").append(month.get().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
            .append("</tspan>");
        if (i == 0 || month.get().getMonthValue() == 1) {
          svg.append("<tspan x=\"").append(x).append("\" dy=\"1.2em\">").append(month.get().getYear())
              .append("</tspan>");
        }
      } else {
        svg.append(Html.text(categories.get(i)));
      }
      svg.append("</text>\n");
    }
    svg.append("<text class=\"axis-label\" x=\"").append(LEFT + (WIDTH - LEFT - RIGHT) / 2).append("\" y=\"")
        .append(HEIGHT - 12).append("\" text-anchor=\"middle\">").append(Html.text(xLabel)).append("</text>\n</g>\n");
    return svg.append("</svg>").toString();
  }

  /**
   * A horizontal progress bar: how much of a requirement is met, with a scale from 0 to the
   * requirement in the unit given.
   *
   * @param id a unique id in the page (a plain identifier)
   * @param title the requirement's name
   * @param current the current value, not negative
   * @param required the required value, not negative
   * @param unit the unit of both, such as "points"
   * @return the SVG element; the filled share is {@code min(1, current / required)}, full when nothing is required
   */
  static String progressBar(String id, String title, BigDecimal current, BigDecimal required, String unit) {
    int width = 400;
    int barHeight = 18;
    BigDecimal missing = required.subtract(current).max(BigDecimal.ZERO);
    double share = required.signum() <= 0 ? 1 : Math.min(1, current.doubleValue() / required.doubleValue());
    String summary = current.toPlainString() + " of " + required.toPlainString() + " " + unit + " required; "
        + (missing.signum() == 0 ? "met" : missing.toPlainString() + " " + unit + " missing") + ".";
    StringBuilder svg = open(id, title, summary, width, 40);
    svg.append("<rect class=\"track\" x=\"0\" y=\"2\" width=\"").append(width).append("\" height=\"")
        .append(barHeight).append("\" rx=\"4\"/>\n<rect class=\"fill").append(missing.signum() == 0 ? " met" : "")
        .append("\" x=\"0\" y=\"2\" width=\"").append(fmt(share * width)).append("\" height=\"").append(barHeight)
        .append("\" rx=\"4\" data-value=\"").append(current.toPlainString()).append("\" data-required=\"")
        .append(required.toPlainString()).append("\"/>\n<text class=\"tick\" x=\"0\" y=\"36\">0</text>\n")
        .append("<text class=\"tick axis-label\" x=\"").append(width).append("\" y=\"36\" text-anchor=\"end\">")
        .append(required.toPlainString()).append(' ').append(Html.text(unit)).append(" required</text>\n");
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, String description, int width, int height) {
    StringBuilder svg = new StringBuilder(4096);
    String safeId = Html.text(id);
    svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" preserveAspectRatio=\"xMidYMid meet\" aria-labelledby=\"").append(safeId).append("-title ")
        .append(safeId).append("-desc\" id=\"").append(safeId).append("\">\n<title id=\"").append(safeId)
        .append("-title\">").append(Html.text(title)).append("</title>\n<desc id=\"").append(safeId).append("-desc\">")
        .append(Html.text(description)).append("</desc>\n");
    return svg;
  }

  private static void legend(StringBuilder svg, List<Series> series, List<Line> lines) {
    svg.append("<g class=\"legend\">\n");
    int x = LEFT;
    for (Series s : series) {
      svg.append("<rect class=\"bar ").append(Html.text(s.cssClass())).append(" swatch\" x=\"").append(x)
          .append("\" y=\"32\" width=\"12\" height=\"12\"/><text x=\"").append(x + 16).append("\" y=\"42\">")
          .append(Html.text(s.name())).append("</text>\n");
      x += 24 + 7 * s.name().length();
    }
    if (!lines.isEmpty()) {
      svg.append("<line class=\"threshold swatch\" x1=\"").append(x).append("\" x2=\"").append(x + 16)
          .append("\" y1=\"38\" y2=\"38\"/><text x=\"").append(x + 20).append("\" y=\"42\">")
          .append(lines.size() == 1 ? Html.text(lines.get(0).name()) : "tier thresholds").append("</text>\n");
    }
    svg.append("</g>\n");
  }

  /** The text alternative's figures: every category with each series' value, then each line's values. */
  static String describe(List<String> categories, List<Series> series, List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < categories.size(); i++) {
      int at = i;
      text.append(categories.get(i)).append(": ").append(series.stream()
          .map(s -> s.name() + " " + s.values().get(at).toPlainString()).collect(Collectors.joining(", ")))
          .append(i + 1 < categories.size() ? "; " : ".");
    }
    for (Line line : lines) {
      BigDecimal first = line.values().get(0);
      boolean constant = line.values().stream().allMatch(v -> v.compareTo(first) == 0);
      text.append(' ').append(line.name()).append(' ').append(constant ? first.toPlainString()
          : categories.get(0) + " " + first.toPlainString() + " to " + categories.get(categories.size() - 1) + " "
              + line.values().get(categories.size() - 1).toPlainString()).append('.');
    }
    return text.toString();
  }

  /**
   * A step of 1, 2 or 5 times a power of ten such that {@value #TICKS} steps reach at least the maximum.
   *
   * @param max the largest value to show, not negative
   * @return the step, positive; 1 when the maximum is 0
   */
  static BigDecimal niceStep(BigDecimal max) {
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal raw = max.divide(BigDecimal.valueOf(TICKS), 10, RoundingMode.CEILING);
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
    for (int factor : new int[] {1, 2, 5, 10}) {
      BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
      if (step.compareTo(raw) >= 0) {
        return step.stripTrailingZeros().scale() < 0 ? step.setScale(0) : step.stripTrailingZeros();
      }
    }
    throw new AssertionError("10 x the power of ten below a number is above it: " + raw);
  }

  private static void checkCount(String chart, String name, int values, int categories) {
    if (values != categories) {
      throw new IllegalArgumentException("chart '" + chart + "': " + name + " has " + values + " values for "
          + categories + " categories; give one value per category");
    }
  }

  /** The month a category names, if it is an ISO year and month such as {@code 2025-09}. */
  private static Optional<YearMonth> month(String category) {
    try {
      return Optional.of(YearMonth.parse(category));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The y scale: 0 at the bottom of the plot, {@code top} at its top. */
  private record Scale(BigDecimal top) {
    double height() {
      return HEIGHT - TOP - BOTTOM;
    }

    double at(BigDecimal value) {
      return TOP + height() - value.doubleValue() / top.doubleValue() * height();
    }
  }
}
