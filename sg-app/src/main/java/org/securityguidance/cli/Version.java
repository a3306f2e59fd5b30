package org.securityguidance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version: the jar manifest's {@code Implementation-Version}, else a build-time filtered resource. */
public final class Version {
  private Version() {}

  public static String current() {
    // The class loader parsed the manifest when it defined this package; reading the resource through a
    // JarURLConnection and Properties cost ≈ 7 ms per hook (ADR 0008). Dev runs from target/classes have no manifest.
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    return fromManifest != null && !fromManifest.isEmpty() ? fromManifest : fromResource();
  }

  static String fromResource() {
    try (InputStream in = Version.class.getResourceAsStream("/org/securityguidance/version.properties")) {
      if (in == null) {
        return "0.0.0";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "0.0.0");
    } catch (IOException e) {
      return "0.0.0";
    }
  }
}
