import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;
import org.securityguidance.rules.Match;
import org.securityguidance.rules.Rule;
import org.securityguidance.rules.RuleSet;
import org.securityguidance.rules.ScanText;

/**
 * One cold pass of the hook's scan, timed per step in a fresh JVM: rule-set construction, lower-casing, comment
 * masking and each rule's first-match scan of one hook event's text. Run by {@code cold_profile.sh} many times (every
 * number is a first call, which is what a hook pays); prints one tab-separated "step nanos" line per step.
 * Usage: {@code java -cp security-guidance.jar:DIR ColdScanProfile EVENT.json}
 */
public class ColdScanProfile {
  public static void main(String[] args) throws IOException {
    Object event = Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> input = JsonView.object((java.util.Map<String, Object>) event, "tool_input");
    String path = RuleSet.normalizePath(JsonView.string(input, "file_path"));
    String content = JsonView.string(input, "content");
    long t = System.nanoTime();
    List<Rule> rules = RuleSet.builtin().rules();
    t = mark("ruleset", t);
    ScanText text = new ScanText(path, content);
    text.lower();
    t = mark("lower", t);
    text.code();
    t = mark("code", t);
    List<Match> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.appliesTo(path)) {
        r.scan(text, true, out);
        t = mark("rule " + r.name(), t);
      }
    }
  }

  private static long mark(String step, long since) {
    long now = System.nanoTime();
    System.out.println(step + "\t" + (now - since));
    return System.nanoTime();
  }
}
