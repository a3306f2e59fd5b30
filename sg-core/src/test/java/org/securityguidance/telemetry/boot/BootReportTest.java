package org.securityguidance.telemetry.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.telemetry.MetricLine;

/** Spec §5 D 18–19 for the {@code boot_*} line: emission order, gates, and the transport contract on every shape. */
class BootReportTest {
  private static final long PV = 30001;
  private static final RuntimeFacts JDK17 = new RuntimeFacts(1700, 3, RuntimeFacts.HOTSPOT, 1);

  private static Map<String, Object> metrics(BootReport r) {
    return r.toMetrics(PV).asMap();
  }

  private static BootReport report(BootOutcome outcome, BootFailure failure, Boolean javac, Boolean mvn) {
    return new BootReport(outcome, failure, JDK17, null, javac, mvn, 15, false, null, null);
  }

  @Test
  void noopLineCarriesTheRuntimeFactsOnly() {
    assertThat(metrics(BootReport.of(BootOutcome.NOOP_CACHED, JDK17))).containsExactly(Map.entry("pv", PV),
        Map.entry("boot", 1L), Map.entry("boot_jre", 1700L), Map.entry("boot_jre_src", 3L),
        Map.entry("boot_jvm", 1L), Map.entry("boot_cache_mode", 1L));
  }

  @Test
  void killSwitchLineIsZeroWithCacheModeZero() {
    RuntimeFacts off = new RuntimeFacts(2500, 2, RuntimeFacts.HOTSPOT, 0);
    assertThat(metrics(BootReport.of(BootOutcome.NOOP_READY, off))).containsEntry("boot", 0L)
        .containsEntry("boot_cache_mode", 0L).doesNotContainKeys("boot_phase", "boot_err");
  }

  @Test
  void signalKilledCacheRunInSpecOrder() {
    BootFailure f = new BootFailure(BootPhase.CACHE, BootErrKind.SIGNAL_KILLED, 0, 0, 0, 137);
    BootReport r = new BootReport(BootOutcome.BUILD_FAILED, f, JDK17, null, null, null, 15, true, 2, 4200L);
    assertThat(metrics(r).keySet()).containsExactly("pv", "boot", "boot_phase", "boot_err", "boot_rc", "boot_jre",
        "boot_jre_src", "boot_jvm", "boot_cache_mode", "boot_jre_upd", "boot_jto", "boot_last", "boot_ms");
    assertThat(metrics(r)).containsEntry("boot_phase", 9L).containsEntry("boot_err", 16L)
        .containsEntry("boot_rc", 137L).containsEntry("boot_jre_upd", 15L).containsEntry("boot_jto", true)
        .containsEntry("boot_last", 2L).containsEntry("boot_ms", 4200L);
  }

  @Test
  void detailCodesAreAbsentWhenZero() {
    BootFailure f = new BootFailure(BootPhase.PRE, BootErrKind.UNCATEGORIZED, 0, 5, 17, 0);
    assertThat(metrics(report(BootOutcome.BUILD_FAILED, f, null, null))).containsEntry("boot_exc", 5L)
        .containsEntry("boot_errno", 17L).doesNotContainKeys("boot_stderr_sig", "boot_rc");
    BootFailure sig = new BootFailure(BootPhase.CACHE, BootErrKind.UNCATEGORIZED, 820, 0, 0, null);
    assertThat(metrics(report(BootOutcome.BUILD_FAILED, sig, null, null))).containsEntry("boot_stderr_sig", 820L)
        .doesNotContainKeys("boot_exc", "boot_errno", "boot_rc");
  }

  @Test
  void phaseIsNeverZeroAndReservedCodesAreNeverEmitted() {
    BootFailure noPhase = new BootFailure(null, BootErrKind.RESERVED_VENV_NO_MODULE, 0, 0, 0, null);
    assertThat(metrics(report(BootOutcome.BUILD_FAILED, noPhase, null, null))).containsEntry("boot_phase", 1L)
        .containsEntry("boot_err", 99L);
    BootFailure reserved = BootFailure.of(BootPhase.RESERVED_PIP, null);
    assertThat(metrics(report(BootOutcome.BUILD_FAILED, reserved, null, null))).containsEntry("boot_phase", 1L)
        .containsEntry("boot_err", 99L);
  }

  @Test
  void buildToolProbesOnlyWhereTheyDecideTheFix() {
    Map<String, Object> mismatch = metrics(report(BootOutcome.BUILD_FAILED,
        BootFailure.of(BootPhase.VERIFY, BootErrKind.JAR_HASH_MISMATCH), false, null));
    assertThat(mismatch).containsEntry("boot_has_javac", false).doesNotContainKey("boot_has_mvn");
    Map<String, Object> network = metrics(report(BootOutcome.BUILD_FAILED,
        BootFailure.of(BootPhase.BUILD, BootErrKind.DNS_FAIL), true, true));
    assertThat(network).containsEntry("boot_has_javac", true).containsEntry("boot_has_mvn", true);
    Map<String, Object> cache = metrics(report(BootOutcome.BUILD_FAILED,
        BootFailure.of(BootPhase.CACHE, BootErrKind.DISK_FULL), true, true));
    assertThat(cache).doesNotContainKeys("boot_has_javac", "boot_has_mvn");
    assertThat(metrics(report(BootOutcome.BUILT_FROM_SOURCE, null, true, true)))
        .containsEntry("boot_has_javac", true).containsEntry("boot_has_mvn", true);
    assertThat(metrics(report(BootOutcome.NOOP_FROM_SOURCE, null, true, null))).containsKey("boot_has_javac");
    assertThat(metrics(report(BootOutcome.BUILT_CACHE, null, true, true)))
        .doesNotContainKeys("boot_has_javac", "boot_has_mvn");
  }

  @Test
  void unusableRuntimeCarriesAltJreAndNoCacheMode() {
    RuntimeFacts old = new RuntimeFacts(1100, 3, RuntimeFacts.HOTSPOT, 0);
    BootReport tooOld = new BootReport(BootOutcome.RUNTIME_INCOMPATIBLE,
        BootFailure.of(BootPhase.RUNTIME, BootErrKind.RUNTIME_TOO_OLD), old, 2100, null, null, null, false, null,
        null);
    assertThat(metrics(tooOld)).containsExactly(Map.entry("pv", PV), Map.entry("boot", 6L),
        Map.entry("boot_phase", 6L), Map.entry("boot_err", 18L), Map.entry("boot_jre", 1100L),
        Map.entry("boot_jre_src", 3L), Map.entry("boot_jvm", 1L), Map.entry("boot_alt_jre", 2100L));
    BootReport none = new BootReport(BootOutcome.NO_RUNTIME,
        BootFailure.of(BootPhase.RUNTIME, BootErrKind.RUNTIME_MISSING), null, null, null, null, null, false, null,
        null);
    assertThat(metrics(none)).containsExactly(Map.entry("pv", PV), Map.entry("boot", 10L),
        Map.entry("boot_phase", 6L), Map.entry("boot_err", 17L), Map.entry("boot_alt_jre", 0L));
  }

  @Test
  void altJreAndJreUpdateStayOffOtherOutcomes() {
    BootReport built = new BootReport(BootOutcome.BUILT_CACHE, null, JDK17, 2100, null, null, 15, false, null, 10L);
    assertThat(metrics(built)).doesNotContainKeys("boot_alt_jre", "boot_jre_upd", "boot_jto", "boot_last");
  }

  @Test
  void everyShapeKeepsTheTransportContract() {
    int shapes = 0;
    for (BootReport r : allShapes()) {
      MetricLine line = r.toMetrics(PV);
      Map<String, Object> m = line.asMap();
      assertThat(line.droppedKeys()).isZero();
      assertThat(m.size()).isLessThanOrEqualTo(MetricLine.MAX_KEYS);
      assertThat(m).containsEntry("pv", PV).containsKey("boot");
      assertThat(m.get("boot_phase")).isNotEqualTo(0L);
      m.forEach((k, v) -> {
        assertThat(k).matches("^[a-z][a-z0-9_]{0,39}$");
        assertThat(v).isInstanceOfAny(Boolean.class, Long.class);
      });
      assertThat(Json.write(Map.of("metrics", m))).doesNotContain("\n").doesNotContain("null");
      shapes++;
    }
    assertThat(shapes).isGreaterThan(300);
  }

  private static List<BootReport> allShapes() {
    List<BootFailure> failures = new ArrayList<>();
    failures.add(null);
    for (BootErrKind k : BootErrKind.values()) {
      failures.add(new BootFailure(BootPhase.CACHE, k, 0, 0, 0, null));
    }
    failures.add(new BootFailure(BootPhase.PRE, BootErrKind.UNCATEGORIZED, 999, 99, 122, -11));
    failures.add(new BootFailure(null, null, 0, 0, 0, null));
    List<BootReport> all = new ArrayList<>();
    for (BootOutcome o : BootOutcome.values()) {
      for (BootFailure f : failures) {
        all.add(new BootReport(o, f, JDK17, 2500, true, false, 3, true, 9, 150_000L));
        all.add(new BootReport(o, f, null, null, null, null, null, false, null, null));
      }
    }
    return all;
  }
}
