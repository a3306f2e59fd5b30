package org.securityguidance.review.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses {@code ANTHROPIC_CUSTOM_HEADERS} the way Claude Code does (spec §4.3 V-HDR): one {@code Name: value} per
 * line, split at the first colon, both sides trimmed; lines without a colon or a name are ignored; names must be
 * RFC 9110 tokens and values Latin-1 without CR. Rejected lines are reported by line number only — a header value
 * is often a gateway key and must never reach a log.
 */
public final class CustomHeaders {
  /** Input bound: more than this is ignored (a header block is a few hundred bytes in practice). */
  static final int MAX_INPUT_CHARS = 64 * 1024;

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

  /** One parsed header; {@link #toString()} hides the value. */
  public record Header(String name, String value) {
    /** The lower-cased name, for case-insensitive comparisons. */
    public String key() {
      return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return name + ": <redacted>";
    }
  }

  private CustomHeaders() {}

  /** The accepted headers in input order; {@code log} hears about skipped lines (number and reason only). */
  public static List<Header> parse(String raw, TransportLog log) {
    List<Header> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    String text = raw.length() > MAX_INPUT_CHARS ? raw.substring(0, MAX_INPUT_CHARS) : raw;
    String[] lines = LINE_BREAK.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).trim();
      String value = lines[i].substring(colon + 1).trim();
      if (name.isEmpty()) {
        continue;
      }
      if (!TOKEN.matcher(name).matches()) {
        log.log("custom header line " + (i + 1) + " skipped: name is not an HTTP token");
      } else if (!validValue(value)) {
        log.log("custom header line " + (i + 1) + " skipped: value has CR or non-Latin-1 characters");
      } else {
        out.add(new Header(name, value));
      }
    }
    return out;
  }

  private static boolean validValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
