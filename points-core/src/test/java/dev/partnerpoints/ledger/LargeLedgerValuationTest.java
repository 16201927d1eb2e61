package dev.partnerpoints.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.program.CountryCode;
import dev.partnerpoints.program.DealType;
import dev.partnerpoints.program.ProgramRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A ledger of thousands of deals keeps the valuation rules its deals share in day blocks, a small
 * one by rate and date: both give every deal the points and the applied rule it gets alone.
 */
class LargeLedgerValuationTest {

  private static final ProgramRules RULES = ProgramRules.builtIn();
  private static final PartnerId PARTNER = PartnerId.of("p-1");
  /** Country, currency; BR and IN are growth markets. */
  private static final String[][] MARKETS = {{"US", "USD"}, {"DE", "EUR"}, {"BR", "USD"}, {"JP", "JPY"}, {"IN", "GBP"}};

  @Test
  void everyDealOfALargeLedgerIsValuedAsInALedgerOfItsOwn() {
    Random random = new Random(4_096);
    List<Client> clients = new ArrayList<>();
    List<Deal> deals = new ArrayList<>();
    LocalDate first = LocalDate.of(2022, 8, 1);
    for (int i = 0; i < 5_000; i++) { // above the 4,096 deals from which the day blocks are used
      String[] market = MARKETS[random.nextInt(MARKETS.length)];
      ClientId client = ClientId.of("c" + i);
      clients.add(Client.builder().id(client).country(CountryCode.of(market[0]))
          .currency(Monetary.getCurrency(market[1])).build());
      deals.add(Deal.builder()
          .id(DealId.of("d" + i))
          .clientId(client)
          .closeDate(first.plusDays(random.nextInt(1_430)))
          .kind(DealKind.NEW_CLIENT)
          .dealType(random.nextBoolean() ? DealType.SOURCED : DealType.ASSISTED)
          .productLine(ProductLine.of("Sales Hub"))
          .mrrChange(Money.of(BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2), market[1]))
          .partner(PARTNER)
          .build());
    }
    PointLedger large = PointLedger.builder(RULES, PARTNER).addClients(clients).addDeals(deals).build();
    Map<DealId, SoldEntry> byDeal = new HashMap<>();
    large.soldEntries().forEach(e -> byDeal.put(e.deal().id(), e));

    assertThat(byDeal).hasSize(deals.size());
    for (int i = 0; i < deals.size(); i++) {
      SoldEntry alone = PointLedger.builder(RULES, PARTNER).addClient(clients.get(i)).addDeal(deals.get(i)).build()
          .soldEntries().get(0);
      SoldEntry inLarge = byDeal.get(deals.get(i).id());
      assertThat(inLarge.points()).as("points of %s", deals.get(i)).isEqualTo(alone.points());
      assertThat(inLarge.appliedRule()).as("rule of %s", deals.get(i)).isEqualTo(alone.appliedRule());
    }
  }
}
