package org.securityguidance.diagnose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;
import org.securityguidance.telemetry.LocalMetricsFile;

/**
 * The local metrics file read back: the rotated generation ({@code metrics.jsonl.1}) then the live one, oldest line
 * first. Reading is bounded (lines, bytes per line, bytes per file) and lenient: a line that is not a well-formed
 * record (torn write, foreign text, wrong types) is counted in {@link #malformed()}, never fatal.
 *
 * @param records the well-formed lines at or after the cut-off, in file order
 * @param malformed lines that could not be read as a record
 * @param files the files that existed
 */
public record MetricsLog(List<MetricsRecord> records, int malformed, List<Path> files) {
  /** Longest line read; longer ones are malformed (writers stay below 4 KiB). */
  static final int MAX_LINE_CHARS = 8192;
  /** Lines read per file; a rotated file holds about 10,000. */
  static final int MAX_LINES_PER_FILE = 200_000;

  public MetricsLog {
    records = List.copyOf(records);
    files = List.copyOf(files);
  }

  /** Reads both generations in {@code stateDir}, keeping records with {@code ts >= sinceEpochSeconds}. */
  public static MetricsLog read(Path stateDir, long sinceEpochSeconds) {
    List<MetricsRecord> records = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    int[] malformed = {0};
    for (String name : List.of(LocalMetricsFile.ROTATED_NAME, LocalMetricsFile.FILE_NAME)) {
      Path file = stateDir.resolve(name);
      if (readFile(file, sinceEpochSeconds, records, malformed)) {
        files.add(file);
      }
    }
    return new MetricsLog(records, malformed[0], files);
  }

  /** The last record written by {@code hook}, or null. */
  public MetricsRecord last(String hook) {
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).hook().equals(hook)) {
        return records.get(i);
      }
    }
    return null;
  }

  private static boolean readFile(Path file, long since, List<MetricsRecord> into, int[] malformed) {
    try (InputStream in = Files.newInputStream(file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int count = 0;
      String line;
      while ((line = r.readLine()) != null && count++ < MAX_LINES_PER_FILE) {
        if (line.isBlank()) {
          continue;
        }
        MetricsRecord rec = parse(line);
        if (rec == null) {
          malformed[0]++;
        } else if (rec.ts() >= since) {
          into.add(rec);
        }
      }
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      malformed[0]++;
      return true;
    }
  }

  /** One line as a record, or null when it is not one. */
  static MetricsRecord parse(String line) {
    if (line.length() > MAX_LINE_CHARS) {
      return null;
    }
    Map<String, Object> obj;
    try {
      obj = Json.parseObject(line);
    } catch (JsonException | IllegalArgumentException e) {
      return null;
    }
    if (!(obj.get("ts") instanceof Long ts) || !(obj.get("hook") instanceof String hook)
        || !(obj.get("metrics") instanceof Map<?, ?> raw)) {
      return null;
    }
    String src = obj.get("src") instanceof String s ? s : "unknown";
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      Object v = e.getValue();
      if (e.getKey() instanceof String k && (v instanceof Long || v instanceof Double || v instanceof Boolean)) {
        metrics.put(k, v);
      }
    }
    return new MetricsRecord(ts, hook, src, metrics);
  }
}
