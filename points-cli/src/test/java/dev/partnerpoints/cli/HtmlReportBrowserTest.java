package dev.partnerpoints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebConnection;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report loaded in a headless browser engine (HtmlUnit, JavaScript on): it loads without a
 * script error, asks for nothing beyond itself, shows the figures of {@code --json} and draws a bar
 * per month.
 *
 * <p>The page is served under an http address by a web connection that answers only that address
 * and records every other request (a relative link would resolve under it, an absolute one anywhere):
 * the test fails if there is any.
 */
class HtmlReportBrowserTest {

  private static final String PAGE = "http://report.invalid/report.html";

  @TempDir
  Path dir;

  @Test
  void demoPageShowsTheDashboardJsonFigures() throws IOException {
    Path file = dir.resolve("report.html");
    Cli.Result written = Cli.run("demo", "--html", file.toString());
    assertThat(written.status()).as(written.err()).isZero();
    JsonNode json = Cli.run("demo", "--json").json();

    try (Loaded loaded = load(file)) {
      checkDemoPage(loaded, json);
    }
  }

  private static void checkDemoPage(Loaded loaded, JsonNode json) {
    HtmlPage page = loaded.page();
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.otherRequests()).isEmpty();
    assertThat(page.getTitleText()).isEqualTo("Partner dashboard of partner-1 on 2025-10-01");

    // every figure marked with its JSON Pointer equals the JSON value
    Set<String> pointers = new TreeSet<>();
    for (DomNode node : page.querySelectorAll("[data-json]")) {
      DomElement element = (DomElement) node;
      String pointer = element.getAttribute("data-json");
      JsonNode value = json.at(pointer);
      String text = element.getTextContent().strip();
      assertThat(value.isMissingNode()).as("%s in the JSON", pointer).isFalse();
      if (value.isNumber()) {
        assertThat(new BigDecimal(text)).as(pointer).isEqualByComparingTo(value.decimalValue());
      } else {
        assertThat(text).as(pointer).isEqualToIgnoringCase(value.asText());
      }
      pointers.add(pointer);
    }
    assertThat(pointers).contains("/progress/creditedTier/tier", "/progress/performanceTier",
        "/tierStatus/points/totalPoints", "/tierStatus/points/sourcedPoints", "/tierStatus/points/managedPoints",
        "/progress/pointsToNextTier", "/tierStatus/tiers/1/total/missing", "/tierStatus/tiers/1/soldMinimum/missing",
        "/tierStatus/tiers/1/managedMinimum/missing", "/progressByMonth/11/sold",
        "/upcomingExpiries/5/expiring/total", "/breakdown/5/total", "/commission/upcomingPayments/0/amount/amount");
    // every month, client and payment of the JSON is in the page
    for (String array : List.of("/progressByMonth", "/upcomingExpiries", "/breakdown",
        "/commission/pastPayments", "/commission/upcomingPayments")) {
      for (int i = 0; i < json.at(array).size(); i++) {
        String prefix = array + "/" + i + "/";
        assertThat(pointers).as("figures of %s%d", array, i).anyMatch(p -> p.startsWith(prefix));
      }
    }

    // the charts: a bar per month and series, a threshold segment per month, values from the JSON
    JsonNode months = json.at("/progressByMonth");
    assertThat(months.size()).isEqualTo(12);
    List<DomElement> sold = elements(page, "#chart-monthly rect.bar.sold[data-category]");
    List<DomElement> managed = elements(page, "#chart-monthly rect.bar.managed[data-category]");
    assertThat(sold).hasSize(months.size());
    assertThat(managed).hasSize(months.size());
    for (int i = 0; i < months.size(); i++) {
      assertThat(sold.get(i).getAttribute("data-category")).isEqualTo(months.get(i).get("month").asText());
      assertThat(new BigDecimal(sold.get(i).getAttribute("data-value")))
          .isEqualByComparingTo(months.get(i).get("sold").decimalValue());
      assertThat(new BigDecimal(managed.get(i).getAttribute("data-value")))
          .isEqualByComparingTo(months.get(i).get("managed").decimalValue());
    }
    List<DomElement> thresholds = elements(page, "#chart-monthly g.threshold");
    assertThat(thresholds).extracting(t -> t.getAttribute("data-line")).startsWith("Gold", "Platinum");
    for (DomElement threshold : thresholds) {
      assertThat(elements(page, "#chart-monthly g.threshold[data-line='" + threshold.getAttribute("data-line")
          + "'] line")).hasSize(months.size());
    }
    // Gold's total-points threshold: 123 under the 2022-07-18 schedule, 129 from 2025-07-15
    assertThat(elements(page, "#chart-monthly g.threshold[data-line=Gold] line"))
        .extracting(l -> l.getAttribute("data-value"))
        .containsExactly("123.00", "123.00", "123.00", "123.00", "123.00", "123.00", "123.00", "123.00", "123.00",
            "129.00", "129.00", "129.00");
    JsonNode expiring = json.at("/upcomingExpiries");
    assertThat(expiring.size()).isEqualTo(6);
    List<DomElement> expiringBars = elements(page, "#chart-expiring rect.bar.expiring[data-category]");
    assertThat(expiringBars).hasSize(expiring.size());
    for (int i = 0; i < expiring.size(); i++) {
      assertThat(new BigDecimal(expiringBars.get(i).getAttribute("data-value")))
          .isEqualByComparingTo(expiring.get(i).at("/expiring/total").decimalValue());
    }
    // a progress bar per requirement of the next tier (Platinum: total, sourced and managed minimum)
    assertThat(elements(page, "#next-tier svg.chart")).extracting(e -> e.getAttribute("id"))
        .containsExactly("req-total", "req-sold", "req-managed");
    assertThat(page.querySelector("#next-tier h2").getTextContent()).isEqualTo("Progress towards Platinum");
  }

  @Test
  void hostileClientNamesShowAsText() throws IOException {
    String hostile = "<script>alert('x')</script> \"Tom\" & 'Jerry' <b>bold</b>";
    Path ledger = dir.resolve("hostile.csv");
    Files.writeString(ledger, Files.readString(Path.of(Cli.SHOWCASE_LEDGER), StandardCharsets.UTF_8)
        .replace("client,acme,Acme Ltda,", "client,acme,\"" + hostile.replace("\"", "\"\"") + "\","),
        StandardCharsets.UTF_8);
    Path file = dir.resolve("hostile.html");
    Cli.Result written = Cli.run("report", "--ledger", ledger.toString(), "--as-of", "2025-10-01",
        "--output", file.toString());
    assertThat(written.status()).as(written.err()).isZero();

    try (Loaded loaded = load(file)) {
      assertThat(loaded.errors()).isEmpty();
      assertThat(loaded.alerts()).isEmpty();
      assertThat(loaded.otherRequests()).isEmpty();
      HtmlPage page = loaded.page();
      assertThat(page.querySelectorAll("script")).isEmpty();
      assertThat(page.querySelectorAll("#clients b")).isEmpty();
      assertThat(page.<DomElement>querySelector("[data-json='/breakdown/0/client/name']").getTextContent())
          .isEqualTo(hostile);
    }
  }

  private static List<DomElement> elements(HtmlPage page, String selector) {
    List<DomElement> elements = new ArrayList<>();
    for (DomNode node : page.querySelectorAll(selector)) {
      elements.add((DomElement) node);
    }
    return elements;
  }

  /** What loading the page gave: the page, script errors, alerts and requests for anything else. */
  record Loaded(WebClient client, HtmlPage page, List<String> errors, List<String> alerts,
      List<String> otherRequests) implements AutoCloseable {
    @Override
    public void close() {
      client.close();
    }
  }

  private static Loaded load(Path file) throws IOException {
    String html = Files.readString(file, StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    List<String> alerts = new ArrayList<>();
    List<String> others = new ArrayList<>();
    URL page = URI.create(PAGE).toURL();
    WebClient client = new WebClient(BrowserVersion.BEST_SUPPORTED);
    try {
      client.getOptions().setJavaScriptEnabled(true);
      client.getOptions().setCssEnabled(true);
      client.getOptions().setThrowExceptionOnScriptError(true);
      client.setAlertHandler((p, message) -> alerts.add(message));
      client.setJavaScriptErrorListener(new JavaScriptErrorListener() {
        @Override
        public void scriptException(HtmlPage p, ScriptException e) {
          errors.add("script: " + e);
        }

        @Override
        public void timeoutError(HtmlPage p, long allowed, long executed) {
          errors.add("timeout");
        }

        @Override
        public void malformedScriptURL(HtmlPage p, String url, MalformedURLException e) {
          errors.add("malformed script URL " + url);
        }

        @Override
        public void loadScriptError(HtmlPage p, URL url, Exception e) {
          errors.add("script load " + url);
        }

        @Override
        public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
          errors.add("warning: " + message);
        }
      });
      client.setWebConnection(new WebConnection() {
        @Override
        public WebResponse getResponse(WebRequest request) throws IOException {
          if (request.getUrl().toString().equals(PAGE)) {
            return new StringWebResponse(html, StandardCharsets.UTF_8, page);
          }
          others.add(request.getUrl().toString());
          throw new IOException("the report asked for " + request.getUrl() + "; it must be self-contained");
        }

        @Override
        public void close() {}
      });
      HtmlPage loaded = client.getPage(page);
      client.waitForBackgroundJavaScript(1000);
      return new Loaded(client, loaded, errors, alerts, others);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }
}
