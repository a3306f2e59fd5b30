package org.securityguidance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, filtered into a resource at build time. */
public final class Version {
  private Version() {}

  public static String current() {
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
