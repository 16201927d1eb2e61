package dev.partnerpoints.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerpoints.calculator.PointsCalculator;
import dev.partnerpoints.dashboard.DashboardBuilder;
import dev.partnerpoints.dashboard.PartnerDashboard;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.money.PointValue;
import dev.partnerpoints.money.Points;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import dev.partnerpoints.testkit.PartnerFixture;
import dev.partnerpoints.testkit.PartnerFixtures;
import org.junit.jupiter.api.Test;

/** Every public value type of points-money and points-core is written and read back equal. */
class ValueTypeCoverageTest {

  @Test
  void everyValueTypeReachableFromTheShowcaseRoundTrips() {
    Map<Class<?>, Object> samples = Samples.all();
    samples.values().forEach(RoundTrip::assertRoundTrips);
    Set<Class<?>> types = libraryValueTypes();
    assertThat(types).as("the scan finds the value types").contains(PartnerDashboard.class, PointValue.class);
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : libraryValueTypes()) {
      if (!samples.containsKey(type)) {
        missing.add(type.getSimpleName());
      }
    }
    assertThat(missing).as("value types without a round-trip sample: add one to Samples").isEmpty();
  }

  /** The public value types (Immutables-style with a builder, or records) of points-money and points-core. */
  static Set<Class<?>> libraryValueTypes() {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (Class<?> anchor : new Class<?>[] {Points.class, PointLedger.class, PointsCalculator.class,
        DashboardBuilder.class, PartnerDashboard.class}) {
      try {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        // a reactor build puts the module's jar on the class path, an IDE its classes directory
        try (FileSystem jar = Files.isRegularFile(location) ? FileSystems.newFileSystem(location) : null;
            Stream<Path> files = Files.walk(jar != null ? jar.getPath("/") : location)) {
          Path root = jar != null ? jar.getPath("/") : location;
          files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
              .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
              .filter(n -> n.startsWith("dev.partnerpoints."))
              .filter(n -> !n.endsWith("package-info"))
              .map(ValueTypeCoverageTest::load)
              .filter(c -> Modifier.isPublic(c.getModifiers()))
              .filter(c -> ValueTypes.model(c).isPresent() || c.isRecord())
              .filter(c -> !Samples.NOT_OUTPUT.contains(c.getSimpleName()))
              .forEach(types::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ValueTypeCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theShowcaseDashboardRoundTripsWhole() {
    PartnerFixture showcase = PartnerFixtures.showcase();
    PartnerDashboard dashboard = DashboardBuilder.of(showcase.ledger(), showcase.account()).build(PartnerFixtures.AS_OF);
    RoundTrip.assertRoundTrips(dashboard);
  }
}
