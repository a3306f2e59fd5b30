package org.securityguidance.it.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/** Reads the manifests of the assembled plugin directory. */
public final class PluginFiles {
  private PluginFiles() {}

  public static Map<String, Object> json(Path file) {
    try {
      return Json.parseObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<String, Object> pluginJson() {
    return json(Launcher.pluginDir().resolve(".claude-plugin/plugin.json"));
  }

  public static String version() {
    return JsonView.string(pluginJson(), "version");
  }

  /** major*10000 + minor*100 + patch, as the metrics field {@code pv}. */
  public static long pv() {
    String[] parts = version().split("\\.");
    return Long.parseLong(parts[0]) * 10000 + Long.parseLong(parts[1]) * 100 + Long.parseLong(parts[2]);
  }
}
