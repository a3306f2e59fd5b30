package org.securityguidance.telemetry.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reader of the shared corpus {@code classifier-cases.tsv} (contract 1; the launcher's bash test reads it too). */
final class ClassifierCases {
  record Case(int line, BootPhase phase, int rc, boolean ownTimeout, boolean mavenMode, int err, String text) {}

  private ClassifierCases() {}

  static List<Case> load() throws IOException {
    try (InputStream in = ClassifierCases.class.getResourceAsStream("classifier-cases.tsv")) {
      if (in == null) {
        throw new IOException("classifier-cases.tsv missing from the test class path");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isEmpty() && !lines[i].startsWith("#")) {
          cases.add(parse(i + 1, lines[i]));
        }
      }
      return cases;
    }
  }

  private static Case parse(int lineNo, String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new IllegalArgumentException("line " + lineNo + ": expected 6 tab-separated columns, got " + f.length);
    }
    BootPhase phase = BootPhase.byKey(f[0]);
    if (phase == null) {
      throw new IllegalArgumentException("line " + lineNo + ": unknown phase " + f[0]);
    }
    return new Case(lineNo, phase, Integer.parseInt(f[1]), flag(f[2]), flag(f[3]), Integer.parseInt(f[4]),
        unescape(f[5]));
  }

  private static boolean flag(String s) {
    if (!s.equals("0") && !s.equals("1")) {
      throw new IllegalArgumentException("flag must be 0 or 1: " + s);
    }
    return s.equals("1");
  }

  /** {@code \n}, {@code \t}, {@code \r}, {@code \\}: the subset bash's {@code printf %b} decodes the same way. */
  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case '\\' -> b.append('\\');
        default -> throw new IllegalArgumentException("unsupported escape \\" + n);
      }
    }
    return b.toString();
  }
}
