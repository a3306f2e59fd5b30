package org.securityguidance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads reminder texts from {@code reminders/} next to the catalog, only when a rule fires, and caches them; rules
 * that share a risk share one file.
 */
final class Reminders {
  static final String DIR = "reminders/";

  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  String text(String file) {
    String text = cache.get(file);
    if (text == null) {
      text = read(file);
      String raced = cache.putIfAbsent(file, text);
      text = raced != null ? raced : text;
    }
    return text;
  }

  static boolean exists(String file) {
    return Reminders.class.getResource(DIR + file) != null;
  }

  private static String read(String file) {
    try (InputStream in = Reminders.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new CatalogException("reminder resource missing: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
