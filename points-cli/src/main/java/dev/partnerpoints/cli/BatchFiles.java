package dev.partnerpoints.cli;

import dev.partnerpoints.batch.BatchError;
import dev.partnerpoints.batch.PortfolioInput;
import dev.partnerpoints.io.LedgerCsv;
import dev.partnerpoints.io.LedgerFileException;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads the input of {@code points batch}: one CSV file whose records start with a partner column
 * ({@code partner-7,deal,d1,acme,...}: the partner, then a record of the ledger format), or a folder
 * of ledger files, one per partner. Each partner's records are read as that partner's own ledger
 * file; a partner whose records are invalid gets errors naming the file's line and the record.
 */
final class BatchFiles {

  /** What was read: the partners' rows, and the errors of the partners that could not be read. */
  record Read(PortfolioInput input, List<BatchError> errors, int partners) {}

  /** One partner's records: its text as a ledger file, and the input line of each text line. */
  private record PartnerText(PartnerId partner, String source, String text, List<Integer> lines,
      List<String> records) {}

  private BatchFiles() {}

  static Read read(Path input, ProgramRules rules) throws IOException {
    List<PartnerText> partners = Files.isDirectory(input) ? folder(input) : partnerColumn(input);
    List<Object> loaded = IntStream.range(0, partners.size()).parallel()
        .mapToObj(i -> load(partners.get(i), rules)).collect(Collectors.toList());
    PortfolioInput portfolio = PortfolioInput.create();
    List<BatchError> errors = new ArrayList<>();
    for (Object o : loaded) {
      if (o instanceof BatchError error) {
        errors.add(error);
      } else {
        LedgerCsv.LedgerFile file = (LedgerCsv.LedgerFile) o;
        PointLedger ledger = file.ledger();
        PartnerId partner = ledger.partner();
        ledger.clients().values().forEach(c -> portfolio.addClient(partner, c));
        ledger.deals().forEach(d -> portfolio.addDeal(partner, d));
        ledger.managementPeriods().forEach(m -> portfolio.addManagementPeriod(partner, m));
        ledger.clientMrrHistory().forEach(m -> portfolio.addClientMrr(partner, m));
        portfolio.account(partner, file.account());
      }
    }
    return new Read(portfolio, errors, partners.size());
  }

  /** The partner's ledger file, or the error of its first bad record. */
  private static Object load(PartnerText p, ProgramRules rules) {
    try {
      return LedgerCsv.read(new StringReader(p.text()), p.source(), rules);
    } catch (LedgerFileException e) {
      int textLine = e.line().orElse(0);
      int line = textLine > 0 && textLine <= p.lines().size() ? p.lines().get(textLine - 1) : 0;
      String prefix = p.source() + (textLine > 0 ? " line " + textLine : "") + ": ";
      String message = String.valueOf(e.getMessage());
      String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
      String row = line > 0 ? p.source() + " line " + line : p.source();
      String value = line > 0 ? p.records().get(textLine - 1) : "";
      return BatchError.of(p.partner(), row, value, problem);
    }
  }

  private static List<PartnerText> folder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f)).sorted()
          .collect(Collectors.toList());
    }
    List<PartnerText> result = new ArrayList<>(files.size());
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> records = text.lines().collect(Collectors.toList());
      List<Integer> lines = IntStream.rangeClosed(1, records.size()).boxed().collect(Collectors.toList());
      String name = file.getFileName().toString();
      String partner = records.stream().map(String::strip).filter(l -> l.startsWith("partner,")).findFirst()
          .map(l -> l.substring("partner,".length()).strip()).filter(s -> !s.isEmpty())
          .orElse(name.substring(0, name.length() - ".csv".length()));
      result.add(new PartnerText(PartnerId.of(partner), file.toString(), text, lines, records));
    }
    return result;
  }

  /** Splits a file with a partner column into one ledger text per partner, in order of appearance. */
  private static List<PartnerText> partnerColumn(Path file) throws IOException {
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    Map<String, List<String>> records = new LinkedHashMap<>();
    int number = 0;
    try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) all::iterator) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int comma = line.indexOf(',');
        String partner = (comma < 0 ? line : line.substring(0, comma)).strip();
        if (partner.startsWith("\"") && partner.endsWith("\"") && partner.length() > 1) {
          partner = partner.substring(1, partner.length() - 1).replace("\"\"", "\"");
        }
        if (partner.isEmpty()) {
          throw new IllegalArgumentException(file + " line " + number
              + ": the partner column is empty; every record starts with its partner id");
        }
        lines.computeIfAbsent(partner, p -> new ArrayList<>()).add(number);
        records.computeIfAbsent(partner, p -> new ArrayList<>()).add(comma < 0 ? "" : line.substring(comma + 1));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<PartnerText> result = new ArrayList<>(lines.size());
    for (Map.Entry<String, List<Integer>> e : lines.entrySet()) {
      List<String> own = Objects.requireNonNull(records.get(e.getKey()));
      StringBuilder text = new StringBuilder(64 * own.size());
      text.append("partner,\"").append(e.getKey().replace("\"", "\"\"")).append("\"\n");
      List<Integer> textLines = new ArrayList<>(own.size() + 1);
      List<String> textRecords = new ArrayList<>(own.size() + 1);
      textLines.add(0);
      textRecords.add("");
      for (int i = 0; i < own.size(); i++) {
        text.append(own.get(i)).append('\n');
        textLines.add(e.getValue().get(i));
        textRecords.add(e.getKey() + "," + own.get(i));
      }
      result.add(new PartnerText(PartnerId.of(e.getKey()), file.toString(), text.toString(),
          Collections.unmodifiableList(textLines), Collections.unmodifiableList(textRecords)));
    }
    return result;
  }
}
