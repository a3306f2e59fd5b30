package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code boot_jre} and {@code boot_jvm} derivation from version strings, VM names and the running JVM. */
class RuntimeFactsTest {
  @ParameterizedTest
  @CsvSource({"25.0.3,2500", "17.0.15,1700", "21,2100", "24.1.2,2401", "11.0.22+7,1100"})
  void jreCodeIsFeatureTimesHundredPlusInterim(String version, int code) {
    assertThat(RuntimeFacts.jreCode(Runtime.Version.parse(version))).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"OpenJDK 64-Bit Server VM|Temurin-17.0.15+6|1",
      "Java HotSpot(TM) 64-Bit Server VM|''|1", "Java HotSpot(TM) 64-Bit Server VM|Oracle GraalVM 21.0.2+13.1|3",
      "Substrate VM|GraalVM CE 21|3", "Eclipse OpenJ9 VM|openj9-0.43.0|2", "Dalvik|''|99", "''|''|99"})
  void vmKind(String vmName, String vendorVersion, int kind) {
    assertThat(RuntimeFacts.vmKind(vmName, vendorVersion)).isEqualTo(kind);
  }

  @Test
  void currentReadsTheRunningJvm() {
    RuntimeFacts facts = RuntimeFacts.current(3, 1);
    assertThat(facts.jre()).isEqualTo(Runtime.version().feature() * 100 + Runtime.version().interim());
    assertThat(facts.src()).isEqualTo(3);
    assertThat(facts.cacheMode()).isEqualTo(1);
    assertThat(facts.jvm()).isIn(RuntimeFacts.HOTSPOT, RuntimeFacts.OPENJ9, RuntimeFacts.GRAALVM);
  }

  @Test
  void nullPropertiesAreOther() {
    assertThat(RuntimeFacts.vmKind(null, null)).isEqualTo(RuntimeFacts.OTHER_VM);
  }
}
