import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.rules.ScanText;

/**
 * Single-threaded time per catalog rule over a corpus, to find the rule-engine hot spots behind the scan benchmark.
 * Run with the source launcher: {@code java -cp security-guidance.jar bench/scan/RuleProfile.java DIR} (markdown out).
 * Files are read up front so only rule work is timed; the shared text preparation (lower-casing and comment masking)
 * is timed separately.
 */
public class RuleProfile {
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> Files.isRegularFile(p) && sizeOk(p)).sorted().toList();
    }
    List<Rule> rules = RuleSet.builtin().rules();
    long[] nanos = new long[rules.size()];
    int[] hits = new int[rules.size()];
    long prepareNanos = 0;
    long bytes = 0;
    for (Path f : files) {
      byte[] data = Files.readAllBytes(f);
      bytes += data.length;
      ScanText text = new ScanText(root.relativize(f).toString(), new String(data, StandardCharsets.UTF_8));
      long t0 = System.nanoTime();
      text.lower();
      text.code();
      prepareNanos += System.nanoTime() - t0;
      for (int r = 0; r < rules.size(); r++) {
        long t = System.nanoTime();
        if (rules.get(r).appliesTo(text.path())) {
          List<Match> out = new ArrayList<>();
          rules.get(r).scan(text, false, out);
          hits[r] += out.size();
        }
        nanos[r] += System.nanoTime() - t;
      }
    }
    print(rules, nanos, hits, prepareNanos, files.size(), bytes);
  }

  private static boolean sizeOk(Path p) {
    try {
      return Files.size(p) <= 1 << 20;
    } catch (IOException e) {
      return false;
    }
  }

  private static void print(List<Rule> rules, long[] nanos, int[] hits, long prepareNanos, int files, long bytes) {
    long total = prepareNanos + Arrays.stream(nanos).sum();
    System.out.printf(Locale.ROOT, "%d files, %.1f MB, %.1f s single-threaded (text preparation %.1f s)%n%n",
        files, bytes / 1e6, total / 1e9, prepareNanos / 1e9);
    System.out.println("| Rule | Seconds | Share | Raw matches |");
    System.out.println("|---|---:|---:|---:|");
    Integer[] order = new Integer[rules.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
    for (int i : order) {
      if (nanos[i] >= total / 200) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f%% | %d |%n", rules.get(i).name(), nanos[i] / 1e9,
            100.0 * nanos[i] / total, hits[i]);
      }
    }
  }
}
