package dev.partnerpoints.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import dev.partnerpoints.ledger.PointLedger;
import java.io.IOException;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of points-core's main code is JSpecify {@code @NullMarked} (so that a consumer's
 * nullness checker reads the library's signatures as non-null unless marked {@code @Nullable}),
 * the dashboard included. NullAway checks the same packages when the library is compiled.
 */
class NullMarkedPackagesTest {

  @Test
  void everyMainPackageIsNullMarked() throws IOException {
    URL main = PointLedger.class.getProtectionDomain().getCodeSource().getLocation();
    Set<String> packages = new TreeSet<>();
    Set<String> unmarked = new TreeSet<>();
    for (ClassPath.ClassInfo info : ClassPath.from(PointLedger.class.getClassLoader())
        .getTopLevelClassesRecursive("dev.partnerpoints")) {
      Class<?> type = info.load();
      if (!main.equals(type.getProtectionDomain().getCodeSource().getLocation())) {
        continue; // a test class
      }
      Package p = type.getPackage();
      packages.add(p.getName());
      if (!p.isAnnotationPresent(NullMarked.class)) {
        unmarked.add(p.getName());
      }
    }
    assertThat(packages).contains("dev.partnerpoints.dashboard", "dev.partnerpoints.ledger", "dev.partnerpoints.io");
    assertThat(unmarked).as("packages without @NullMarked in their package-info").isEmpty();
  }
}
