package org.securityguidance.telemetry.boot;

import java.util.Locale;

/**
 * The runtime a bootstrap ran on, as emitted: {@code boot_jre} (feature×100 + interim), {@code boot_jre_src} (the
 * launcher's discovery source, spec §4.3), {@code boot_jvm} and {@code boot_cache_mode} (spec §4.4).
 *
 * @param jre feature*100+interim, e.g. 1700, 2500; 800 for 1.8
 * @param src the launcher's source code 1–10, 0 when unknown
 * @param jvm {@link #HOTSPOT}, {@link #OPENJ9}, {@link #GRAALVM} or {@link #OTHER_VM}
 * @param cacheMode 0 none, 1 CDS, 2 AOT two-step, 3 AOT one-step
 */
public record RuntimeFacts(int jre, int src, int jvm, int cacheMode) {
  public static final int HOTSPOT = 1;
  public static final int OPENJ9 = 2;
  public static final int GRAALVM = 3;
  public static final int OTHER_VM = 99;

  /** {@code boot_jre} of a version: feature*100 + interim ({@code 25.0.3} → 2500, {@code 1.8} reads as 8 → 800). */
  public static int jreCode(Runtime.Version version) {
    return version.feature() * 100 + version.interim();
  }

  /**
   * {@code boot_jvm} from the {@code java.vm.name} and {@code java.vendor.version} properties: GraalVM first (its
   * VM name says HotSpot), then OpenJ9, then HotSpot/OpenJDK server or client VMs, else 99.
   */
  public static int vmKind(String vmName, String vendorVersion) {
    String name = vmName == null ? "" : vmName.toLowerCase(Locale.ROOT);
    String vendor = vendorVersion == null ? "" : vendorVersion.toLowerCase(Locale.ROOT);
    if (name.contains("graalvm") || name.contains("substrate") || vendor.contains("graalvm")) {
      return GRAALVM;
    }
    if (name.contains("openj9") || name.contains("j9")) {
      return OPENJ9;
    }
    if (name.contains("hotspot") || name.contains("openjdk")) {
      return HOTSPOT;
    }
    return OTHER_VM;
  }

  /** The facts of the running JVM, with the launcher's source code and the cache mode chosen for it. */
  public static RuntimeFacts current(int src, int cacheMode) {
    return new RuntimeFacts(jreCode(Runtime.version()), src,
        vmKind(System.getProperty("java.vm.name"), System.getProperty("java.vendor.version")), cacheMode);
  }
}
