import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.rules.ScanText;

/**
 * Linear-time evidence for the built-in rules (ADR 0004): every rule scans a set of 1 MB adversarial inputs (its own
 * trigger repeated on one long line, or one per line) and the worst time per MB is printed as a Markdown table.
 * Run with bench/rules/run.sh; the output is committed as bench/rules/RESULTS.md.
 */
public final class RulesBench {
  private static final int MB = 1 << 20;

  /** Fragments an attacker (or an unlucky file) could repeat; each one keeps some rule's regex busy. */
  private static final String[] TRIGGERS = {
    "subprocess.run(", "subprocess.run(cmd, ", "subprocess.run(shell ", "shell=True subprocess.run(",
    "dangerouslySetInnerHTML={{ __html: ", ".outerHTML += ", "np.load(f, allow_pickle=True ", "eval(", "eval(x", "<script ", "<script src=//a ", "innerHTML",
    ".innerHTML = ", ".innerHTML = '", "yaml.load(", "yaml.load(f, ", "exec(", "exec(`${", "new Function(",
    "document.write(", "pickle.loads(", "os.system(", "from os import system ", "exec.Command(\"sh\", \"-c\", ",
    "crypto.createCipher(", "AES.MODE_ECB ", "verify = False ", "marshal.loads(", "shelve.open(", "ET.parse(",
    "dill.loads(", ".insertAdjacentHTML(", "torch.load(", "torch.load(f, ", "yaml.unsafe_load(", "np.load(",
    "cursor.execute(\"SELECT a FROM t WHERE b = '\" + ", "\"SELECT a FROM t WHERE ", "query = f\"SELECT a FROM b {",
    "q = \"SELECT * FROM t WHERE x = \" + y\n", "`SELECT a FROM b WHERE c = ${", "new ObjectInputStream(",
    "Runtime.getRuntime().exec(\"sh -c \" + ", "new ProcessBuilder(\"sh\", \"-c\", ", "DocumentBuilderFactory.newInstance(",
    "new Yaml(", "@JsonTypeInfo(", "template.HTML(", "system(\"#{", "`#{", "%x(#{", "Marshal.load ", "YAML.load ",
    "eval($", "system($", "system(\"$", "unserialize($_GET", "${{ github.event.issue.title }}",
    "  run: echo ${{ github.event.issue.title }}\n", "'", "\"", "(", ")", "`", "#", "//", "/*", "<!--", "\\",
    "a", " ", "\n", "sg-allow: all\n"
  };

  public static void main(String[] args) {
    int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    String only = args.length > 1 ? args[1] : "";
    List<Rule> rules = RuleSet.builtin().rules().stream().filter(r -> r.name().contains(only)).toList();
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String t : TRIGGERS) {
      inputs.put(t, repeat(t, sizeMb * MB));
    }
    warmUp(rules, inputs);
    System.out.println("| id | rule | worst ms/MB | worst input (repeated) | median ms/MB | ms at 256 KB / 1 MB / 2 MB |");
    System.out.println("|---:|---|---:|---|---:|---|");
    double total = 0;
    for (Rule rule : rules) {
      String path = pathFor(rule);
      List<Double> times = new ArrayList<>();
      double worst = -1;
      String worstInput = "";
      for (Map.Entry<String, String> in : inputs.entrySet()) {
        double ms = timeMs(rule, path, in.getValue()) / sizeMb;
        times.add(ms);
        if (ms > worst) {
          worst = ms;
          worstInput = in.getKey();
        }
      }
      times.sort(Double::compare);
      total += worst;
      System.out.printf(Locale.ROOT, "| %d | %s | %.1f | `` %s `` | %.2f | %s |%n", rule.id(), rule.name(), worst,
          worstInput.replace("\n", "\\n").replace("|", "\\|"), times.get(times.size() / 2),
          scaling(rule, path, worstInput));
    }
    System.out.printf(Locale.ROOT, "%nSum of per-rule worst cases: %.0f ms/MB.%n", total);
    double full = 0;
    String fullWorst = "";
    for (Map.Entry<String, String> in : inputs.entrySet()) {
      double ms = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        RuleSet.builtin().allMatches("src/all.py", in.getValue());
        ms = Math.min(ms, (System.nanoTime() - t0) / 1e6 / sizeMb);
      }
      if (ms > full) {
        full = ms;
        fullWorst = in.getKey();
      }
    }
    System.out.printf(Locale.ROOT, "Whole rule set on a .py path (allMatches, worst input `` %s ``): %.0f ms/MB.%n",
        fullWorst.replace("\n", "\\n"), full);
  }

  /** Time on the rule's worst input at three sizes: linear rules grow 4x then 2x. */
  private static String scaling(Rule rule, String path, String unit) {
    StringBuilder out = new StringBuilder();
    for (int size : new int[] {MB / 4, MB, 2 * MB}) {
      out.append(out.length() == 0 ? "" : " / ")
          .append(String.format(Locale.ROOT, "%.1f", timeMs(rule, path, repeat(unit, size))));
    }
    return out.toString();
  }

  private static void warmUp(List<Rule> rules, Map<String, String> inputs) {
    for (int round = 0; round < 3; round++) {
      for (Rule rule : rules) {
        for (String in : inputs.values()) {
          scan(rule, pathFor(rule), round == 2 ? in : in.substring(0, Math.min(in.length(), 128 * 1024)));
        }
      }
    }
  }

  /** Best of five runs, in milliseconds (the machine may be shared; the minimum is the least noisy estimate). */
  private static double timeMs(Rule rule, String path, String text) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      scan(rule, path, text);
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  private static int scan(Rule rule, String path, String text) {
    List<Match> out = new ArrayList<>();
    rule.scan(new ScanText(path, text), false, out);
    return out.size();
  }

  /** A path the rule's gate admits (so the benchmark measures scanning, not gating). */
  private static String pathFor(Rule rule) {
    for (String p : new String[] {".github/workflows/ci.yml", "src/a.py", "src/a.js", "src/A.java", "src/a.go",
        "src/a.rb", "src/a.php", "src/a.html", "src/a.cs"}) {
      if (rule.appliesTo(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no benchmark path for " + rule.name());
  }

  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    sb.setLength(size);
    return sb.toString();
  }
}
