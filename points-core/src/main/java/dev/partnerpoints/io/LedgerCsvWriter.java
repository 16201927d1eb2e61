package dev.partnerpoints.io;

import dev.partnerpoints.commission.ClientRevenue;
import dev.partnerpoints.commission.PartnerLevel;
import dev.partnerpoints.commission.PartnerLevels;
import dev.partnerpoints.ledger.Client;
import dev.partnerpoints.ledger.ClientMrr;
import dev.partnerpoints.ledger.Deal;
import dev.partnerpoints.ledger.ManagementPeriod;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.ledger.ProductLine;
import dev.partnerpoints.ledger.Subscription;
import dev.partnerpoints.renewal.Renewal;
import dev.partnerpoints.tier.Certification;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/** Writes a {@link LedgerCsv.LedgerFile} in the format {@link LedgerCsv} reads; see {@link LedgerCsv#write}. */
final class LedgerCsvWriter {

  private final Writer out;

  LedgerCsvWriter(Writer out) {
    this.out = out;
  }

  void write(LedgerCsv.LedgerFile file) throws IOException {
    PointLedger ledger = file.ledger();
    out.write("# partner-points ledger v1\n");
    record("partner", ledger.partner().value());
    for (Certification c : file.account().certifications()) {
      record("certification", day(c.validFrom(), "certification valid from"),
          date(c.validUntil(), "certification valid until"));
    }
    for (Map.Entry<LocalDate, BigDecimal> e : file.account().medianToolUsage().entrySet()) {
      record("tool-usage", day(e.getKey(), "tool usage from"), e.getValue().toPlainString());
    }
    PartnerLevels levels = file.partnerLevels();
    if (levels.providerFrom().isPresent()) {
      record("partner-level", PartnerLevel.PROVIDER.name(), day(levels.providerFrom().get(), "provider level from"));
    } else if (levels.initialLevel() == PartnerLevel.PROVIDER) {
      record("partner-level", PartnerLevel.PROVIDER.name());
    }
    for (Client c : ledger.clients().values()) {
      record("client", c.id().value(), c.name(), c.country().code(), c.currency().getCurrencyCode(),
          c.toolUsage().map(BigDecimal::toPlainString).orElse(""));
      for (Subscription s : c.subscriptions()) {
        record("subscription", c.id().value(), s.productLine().value(), s.edition().name(), amount(s.mrr()));
      }
    }
    for (Deal d : ledger.deals()) {
      String what = "deal " + d.id();
      record("deal", d.id().value(), d.clientId().value(), day(d.closeDate(), what + " closed on"), d.kind().name(),
          d.dealType().name(), d.productLine().value(), amount(d.mrrChange()),
          d.partner().map(PartnerId::value).orElse(""), date(d.productLineFirstSold(), what + " first sold on"),
          d.status().name(), d.origin().name(), date(d.createdOn(), what + " created on"));
    }
    for (ManagementPeriod p : ledger.managementPeriods()) {
      record("manage", p.clientId().value(), p.partner().value(), day(p.from(), "management period from"),
          date(p.until(), "management period until"));
    }
    for (ClientMrr m : ledger.clientMrrHistory()) {
      record("mrr", m.clientId().value(), day(m.effectiveFrom(), "MRR effective from"), amount(m.mrr()));
    }
    if (file.revenue().isPresent()) {
      for (ClientRevenue r : file.revenue().get().entries()) {
        record("revenue", r.clientId().value(), day(r.month().atDay(1), "revenue month").substring(0, 7),
            amount(r.netRevenue()));
      }
    }
    for (Renewal r : file.renewals()) {
      for (ProductLine line : r.products()) {
        if (line.value().contains(";")) {
          throw new IllegalArgumentException("product line '" + line.value() + "' of the renewal of client '"
              + r.clientId().value() + "' on " + r.renewalDate() + " contains ';', which separates the renewal's "
              + "product lines in a ledger file; it cannot be written");
        }
      }
      record("renewal", r.clientId().value(), day(r.renewalDate(), "renewal date"),
          r.products().stream().map(ProductLine::value).collect(Collectors.joining(";")),
          amount(r.currentMrr()), amount(r.renewalMrr()), r.lastActiveEmployee().orElse(""),
          r.renewalManager().orElse(""));
    }
    out.flush();
  }

  /** Writes one record, leaving out empty trailing fields. */
  private void record(String type, String... fields) throws IOException {
    List<String> cells = new ArrayList<>(fields.length + 1);
    cells.add(type);
    for (String f : fields) {
      cells.add(f);
    }
    int last = cells.size();
    while (last > 1 && cells.get(last - 1).isEmpty()) {
      last--;
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < last; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(cells.get(i)));
    }
    line.append('\n');
    out.write(line.toString());
  }

  /**
   * A field as the reader reads it back: enclosed in double quotes (a quote inside written twice)
   * when it holds a comma, a quote, a line break or leading or trailing white space, or would
   * start a comment.
   */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0 || value.startsWith("#") || !value.equals(value.strip());
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static String date(Optional<LocalDate> date, String what) {
    return date.isPresent() ? day(date.get(), what) : "";
  }

  /**
   * A date as the reader reads it back, {@code YYYY-MM-DD}: the years 0000 to 9999 only (a date
   * such as {@code LocalDate.MIN}, which {@code PartnerAccount.alwaysCertified()} uses, has none).
   */
  private static String day(LocalDate date, String what) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException(what + " " + date + " cannot be written: a ledger file holds dates of the "
          + "years 0000 to 9999 (YYYY-MM-DD)");
    }
    return date.toString();
  }

  /** The amount's number as a plain decimal, scale kept (the currency is the client's). */
  private static String amount(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class).toPlainString();
  }
}
