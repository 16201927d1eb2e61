package dev.partnerpoints.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad rows: an error per row naming the partner, the row and the value, in the errors output; the other partners answer. */
class PointsSparkBadInputTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Every column as text, as a CSV read without a schema gives them, plus a row label column. */
  private static StructType strings(StructType schema) {
    StructType text = new StructType();
    for (String name : schema.fieldNames()) {
      text = text.add(name, DataTypes.StringType, true);
    }
    return text.add("row", DataTypes.StringType, true);
  }

  private static Dataset<Row> rows(StructType schema, String... lines) {
    StructType text = strings(schema);
    List<Row> rows = Arrays.stream(lines).map(line -> {
      String[] f = line.split(",", -1);
      Object[] values = new Object[text.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = i < f.length && !f[i].isEmpty() ? f[i] : null;
      }
      return RowFactory.create(values);
    }).collect(Collectors.toList());
    return spark.createDataFrame(rows, text);
  }

  @Test
  void badRowsAreErrorsOfTheirPartnerAndTheOthersAnswer() {
    Dataset<Row> clients = rows(PointsSparkSchema.CLIENTS,
        "good,acme,Acme,US,USD,,clients.csv line 2",
        "other,globex,Globex,DE,EUR,,clients.csv line 3",
        "c1,shared,Shared,US,USD,,clients.csv line 4",
        "c2,shared,Shared,BR,USD,,clients.csv line 5",
        "dup,initech,Initech,US,USD,,clients.csv line 6",
        "bad,umbrella,Umbrella,US,USD,,clients.csv line 7");
    Dataset<Row> deals = rows(PointsSparkSchema.DEALS,
        "good,g1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,2500,,,,,,deals.csv line 2",
        "other,o1,globex,2025-08-01,new_client,sourced,Sales Hub,1000,,,,,,deals.csv line 3",
        "other,o2,acme,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,1000,,,,,,deals.csv line 4",
        "c1,s1,shared,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,deals.csv line 5",
        "dup,d1,initech,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,deals.csv line 6",
        "dup,d1,initech,2025-09-01,UPSELL,SOURCED,Sales Hub,50,,,,,,deals.csv line 7",
        "bad,b1,umbrella,2025-13-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,deals.csv line 8",
        "bad,b2,umbrella,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,1e3,,,,,,deals.csv line 9",
        "bad,b3,umbrella,2025-08-01,RENEWAL,SOURCED,Sales Hub,100,,,,,,deals.csv line 10",
        ",x1,acme,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,deals.csv line 11");
    PointsSparkResult result = PointsSpark.of(ProgramRules.builtIn(), LocalDate.of(2025, 10, 1))
        .run(PointsSparkInput.of(clients, deals)).persist();
    try {
      List<Row> snapshots = result.snapshots().collectAsList();
      assertThat(snapshots).extracting(r -> r.getString(0)).containsExactly("good");
      assertThat(snapshots.get(0).getDecimal(2)).isGreaterThan(BigDecimal.ZERO);

      List<Row> errors = result.errors().orderBy("partner", "row").collectAsList();
      assertThat(errors).extracting(r -> r.getString(0) + " | " + r.getString(1) + " | " + r.getString(2))
          .containsExactly(
              " | deals.csv line 11 | ",
              "bad | deals.csv line 10 | RENEWAL",
              "bad | deals.csv line 8 | 2025-13-01",
              "bad | deals.csv line 9 | 1e3",
              "c1 | clients.csv line 4 | US/USD",
              "c2 | clients.csv line 5 | BR/USD",
              "dup | deals.csv line 7 | d1",
              "other | deals.csv line 4 | acme");
      for (Row e : errors) {
        // each message names its partner, its row and its value
        assertThat(e.getString(3)).contains("partner " + e.getString(0))
            .contains(e.getString(1)).contains(e.getString(2));
      }
      assertThat(errors.get(2).getString(3)).isEqualTo(
          "partner bad, deals.csv line 8: closeDate '2025-13-01' is not an ISO date (YYYY-MM-DD)");
      assertThat(errors.get(4).getString(3)).isEqualTo("partner c1, clients.csv line 4: client 'shared' has"
          + " country/currency US/USD here, but BR/USD in partner c2 (clients.csv line 5); a client shared by"
          + " partners must have one country and currency");
      assertThat(errors.get(6).getString(3)).contains("partner dup", "deal id 'd1' is a second time");
      assertThat(errors.get(7).getString(3)).isEqualTo("partner other, deals.csv line 4: deal o2 names client"
          + " 'acme', which is not a client of partner other. A row may only name the clients of its own partner");
      assertThat(errors.get(1).getString(3)).contains("deal kind 'RENEWAL' is not one of [NEW_CLIENT");
      assertThat(errors.get(0).getString(3)).contains("the row names no partner");
      assertThat(result.tierStatus().count()).isEqualTo(1);
    } finally {
      result.unpersist();
    }
  }

  @Test
  void aDealIdThatIsTwoDifferentDealsInTwoPartnersFailsBothButTheSameDealOnASharedClientIsAllowed() {
    Dataset<Row> clients = rows(PointsSparkSchema.CLIENTS,
        "a,acme,Acme,US,USD,,a.csv line 2",
        "b,globex,Globex,US,USD,,b.csv line 2",
        "c,acme,Acme,US,USD,,c.csv line 2",
        "d,initech,Initech,US,USD,,d.csv line 2",
        "e,initech,Initech,US,USD,,e.csv line 2");
    Dataset<Row> deals = rows(PointsSparkSchema.DEALS,
        // d1: two different deals (other clients) in a and b
        "a,d1,acme,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,a.csv line 7",
        "b,d1,globex,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,b.csv line 3",
        // s1: one deal on the shared client acme, credited to a, given to a and c (case and scale differ)
        "a,s1,acme,2025-08-01,NEW_CLIENT,SOURCED,Marketing Hub,250.00,a,,,,,a.csv line 8",
        "c,s1,acme,2025-08-01,new_client,sourced,Marketing Hub,250,a,,,,,c.csv line 3",
        // i1: no credited partner, so credited to each row's own partner: two different deals
        "d,i1,initech,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,d.csv line 3",
        "e,i1,initech,2025-08-01,NEW_CLIENT,SOURCED,Sales Hub,100,,,,,,e.csv line 3");
    PointsSparkResult result = PointsSpark.of(ProgramRules.builtIn(), LocalDate.of(2025, 10, 1))
        .run(PointsSparkInput.of(clients, deals)).persist();
    try {
      assertThat(result.snapshots().collectAsList()).extracting(r -> r.getString(0)).containsExactly("c");
      List<Row> errors = result.errors().orderBy("partner", "row").collectAsList();
      assertThat(errors).extracting(r -> r.getString(0) + " | " + r.getString(1) + " | " + r.getString(2))
          .containsExactly("a | a.csv line 7 | d1", "b | b.csv line 3 | d1", "d | d.csv line 3 | i1",
              "e | e.csv line 3 | i1");
      assertThat(errors.get(0).getString(3)).isEqualTo("partner a, a.csv line 7: deal id 'd1' is also a different"
          + " deal in partner b (b.csv line 3); a deal id names one deal in the whole portfolio");
      assertThat(errors.get(1).getString(3)).isEqualTo("partner b, b.csv line 3: deal id 'd1' is also a different"
          + " deal in partner a (a.csv line 7); a deal id names one deal in the whole portfolio");
    } finally {
      result.unpersist();
    }
  }

  @Test
  void aMissingColumnOrAFloatingPointAmountIsRefusedWhenTheInputIsGiven() {
    Dataset<Row> clients = spark.createDataFrame(List.of(), PointsSparkSchema.CLIENTS);
    StructType doubles = new StructType().add("partner", "string").add("dealId", "string").add("clientId", "string")
        .add("closeDate", "date").add("kind", "string").add("dealType", "string").add("productLine", "string")
        .add("mrrChange", "double");
    assertThatThrownBy(() -> PointsSparkInput.of(clients, spark.createDataFrame(List.of(), doubles)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'mrrChange' of the deals input is double; allowed: decimal, int, bigint, smallint,"
            + " or string of a plain decimal (never float or double: amounts are exact)");
    StructType noCountry = new StructType().add("partner", "string").add("clientId", "string").add("currency", "string");
    assertThatThrownBy(() -> PointsSparkInput.of(spark.createDataFrame(List.of(), noCountry),
        spark.createDataFrame(List.of(), PointsSparkSchema.DEALS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the clients input has no column 'country'");
  }
}
