package dev.partnerpoints.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reading a ledger file takes work and memory linear in its size, for the shapes of input that could
 * make a reader or the ledger builder superlinear: many deals of one client and product line (each
 * reduction consuming earlier sales), many clients, long MRR and management histories, many
 * renewals and revenue records, a line of many fields, a long quoted field of doubled quotes, a
 * long number, many comment lines. The measured quantity is the number of bytes the reading thread
 * allocates (a count, not a time): for each shape, doubling the input must not more than about
 * double it (at most 2.5 times; a quadratic step would give 4, an n log n one about 2.1).
 */
class LedgerCsvLinearityTest {

  private static final int BASE = 1_500;

  private static final String HEADER = "partner,partner-1\nclient,acme,Acme,BR,USD\ncertification,2024-01-01\n";

  /** Shapes of input: n units of each. */
  static List<Shape> shapes() {
    return List.of(
        new Shape("sales and downgrades of one client and line", n -> {
          StringBuilder csv = new StringBuilder(HEADER);
          LocalDate day = LocalDate.of(2022, 8, 1);
          for (int i = 0; i < n; i++) {
            boolean sale = i % 3 != 2;
            csv.append("deal,d").append(i).append(",acme,").append(day.plusDays(i % 1_200)).append(',')
                .append(sale ? "UPSELL" : "DOWNGRADE").append(",SOURCED,Sales Hub,").append(sale ? "10" : "-5")
                .append('\n');
          }
          return csv.toString();
        }),
        new Shape("clients with one deal each", n -> {
          StringBuilder csv = new StringBuilder("partner,partner-1\n");
          for (int i = 0; i < n; i++) {
            csv.append("client,c").append(i).append(",C,DE,EUR,3\n");
            csv.append("deal,d").append(i).append(",c").append(i).append(',')
                .append(LocalDate.of(2023, 1, 1).plusDays(i % 900)).append(",NEW_CLIENT,ASSISTED,Marketing Hub,100\n");
          }
          return csv.toString();
        }),
        new Shape("MRR history and management periods of one client", n -> {
          StringBuilder csv = new StringBuilder(HEADER);
          for (int i = 0; i < n; i++) {
            LocalDate from = LocalDate.of(2022, 8, 1).plusDays(i);
            csv.append("mrr,acme,").append(from).append(',').append(100 + i % 50).append('\n');
            csv.append("manage,acme,partner-").append(1 + i % 3).append(',').append(from).append(',')
                .append(from.plusDays(30)).append('\n');
          }
          return csv.toString();
        }),
        new Shape("renewals and revenue records", n -> {
          StringBuilder csv = new StringBuilder(HEADER);
          for (int i = 0; i < n; i++) {
            csv.append("renewal,acme,").append(LocalDate.of(2025, 1, 1).plusDays(i % 700))
                .append(",Marketing Hub;Sales Hub,100,120,Ana,Jo\n");
            csv.append("revenue,acme,").append(YearMonth.of(1000, 1).plusMonths(i)).append(",10\n");
          }
          return csv.toString();
        }),
        new Shape("one line of many fields", n -> HEADER + "deal" + ",x".repeat(n * 10) + "\n"),
        new Shape("one quoted field of doubled quotes", n -> HEADER + "client,b,\"" + "\"\"".repeat(n * 10)
            + "\",US,USD\n"),
        new Shape("one long number", n -> HEADER + "mrr,acme,2025-01-01," + "9".repeat(n * 10) + "\n"),
        new Shape("comment lines", n -> HEADER + "# a comment, \"quoted\"\n".repeat(n)));
  }

  @TestFactory
  Stream<DynamicTest> doublingTheInputAtMostAboutDoublesTheWork() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Shape shape : shapes()) {
      tests.add(DynamicTest.dynamicTest(shape.name(), () -> {
        byte[][] inputs = new byte[3][];
        for (int k = 0; k < 3; k++) {
          inputs[k] = shape.text().apply(BASE << k).getBytes(StandardCharsets.UTF_8);
        }
        long[] allocated = new long[3];
        for (int k = 0; k < 3; k++) {
          LedgerCsvFuzzTest.Harness.read(inputs[k]); // warm-up: class loading and first-call caches
        }
        for (int k = 0; k < 3; k++) {
          allocated[k] = Long.MAX_VALUE;
          for (int run = 0; run < 2; run++) {
            LedgerCsvFuzzTest.Outcome outcome = LedgerCsvFuzzTest.Harness.read(inputs[k]);
            assertThat(outcome.failure()).as("%s: only LedgerFileException may be thrown", shape.name())
                .satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(LedgerFileException.class));
            allocated[k] = Math.min(allocated[k], outcome.allocated());
          }
        }
        System.out.printf("LedgerCsv linearity, %s: %d / %d / %d bytes in, %d / %d / %d bytes allocated%n",
            shape.name(), inputs[0].length, inputs[1].length, inputs[2].length, allocated[0], allocated[1],
            allocated[2]);
        for (int k = 1; k < 3; k++) {
          assertThat((double) allocated[k] / allocated[k - 1])
              .as("%s: bytes allocated for %d vs %d bytes of input", shape.name(), inputs[k].length,
                  inputs[k - 1].length)
              .isLessThanOrEqualTo(2.5);
        }
      }));
    }
    return tests.stream();
  }

  /** A shape of input: its text for n units. */
  record Shape(String name, IntFunction<String> text) {}
}
