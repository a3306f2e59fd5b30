package org.securityguidance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Reads and validates {@code builtin-rules.json}. {@link Validation#STRUCTURE} (the hook path) checks ids, names,
 * gates and references without compiling anything and does not even build the rules' {@code examples} (two thirds of
 * the file, ADR 0008); {@link Validation#FULL} (tests, {@code rules} command) also reads the examples, compiles every
 * regex, checks that every reminder exists and that every rule carries its examples.
 */
public final class CatalogLoader {
  /** The bundled catalog resource. */
  public static final String RESOURCE = "builtin-rules.json";

  /** Highest id a built-in rule may take (ids are bits of a 64-bit telemetry mask, spec §4.4). */
  public static final int MAX_ID = 52;

  /** How much validation to do. */
  public enum Validation { STRUCTURE, FULL }

  /**
   * The loaded catalog: rules in id order, rules left out because their detector is missing, the notes, and the
   * file types (name → extensions).
   */
  public record Catalog(List<Rule> rules, List<Rule> skippedRules, List<String> notes, Map<String, Object> fileTypes) {}

  private final Validation validation;
  private final Reminders reminders = new Reminders();
  private final Map<String, Object> root;
  private final CatalogFields fields;

  /** Catalog members only tests read; skipped (checked for syntax, not built) unless validating fully. */
  private static final Set<String> TEST_ONLY_KEYS = Set.of("examples");

  private CatalogLoader(String json, Validation validation) {
    this.validation = validation;
    try {
      this.root = Json.parseObject(json, validation == Validation.FULL ? Set.of() : TEST_ONLY_KEYS);
    } catch (RuntimeException e) {
      throw new CatalogException("catalog is not a JSON object: " + e.getMessage());
    }
    this.fields = new CatalogFields(root);
  }

  /** The bundled catalog. */
  public static Catalog loadBuiltin(Validation validation) {
    return load(readResource(), validation);
  }

  /** Parses and validates a catalog document. */
  public static Catalog load(String json, Validation validation) {
    return new CatalogLoader(json, validation).build();
  }

  static String readResource() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CatalogException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Catalog build() {
    if (JsonView.number(root, "schema", -1) != 1) {
      throw new CatalogException("unsupported catalog schema (want 1)");
    }
    List<Rule> rules = new ArrayList<>();
    List<Rule> skipped = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Map<String, Object> entry : fields.objects(root, "rules")) {
      String name = fields.text(entry, "name");
      long id = JsonView.number(entry, "id", -1);
      checkIdentity(id, name, ids, names);
      CatalogRule rule = fields.rule(entry, (int) id, reminders, this::pattern);
      if (validation == Validation.FULL) {
        verifyDeep(rule, entry);
      }
      String detector = CatalogFields.optString(entry, "detector");
      if (detector != null && rule.detectorMissing()) {
        if (validation == Validation.FULL && !DetectorRegistry.AWAITED.contains(detector)) {
          throw new CatalogException(name + ": unknown detector " + detector);
        }
        skipped.add(rule);
        continue;
      }
      rules.add(rule);
    }
    return new Catalog(List.copyOf(rules), List.copyOf(skipped), fields.strings(root, "notes"), fields.fileTypes());
  }

  private void checkIdentity(long id, String name, Set<Long> ids, Set<String> names) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
      throw new CatalogException("bad rule name '" + name + "'");
    }
    if (id < 1 || id > MAX_ID) {
      throw new CatalogException(name + ": id " + id + " outside 1.." + MAX_ID);
    }
    if (!ids.add(id)) {
      throw new CatalogException(name + ": duplicate id " + id);
    }
    if (!names.add(name)) {
      throw new CatalogException("duplicate rule name " + name);
    }
  }

  private LazyRegex pattern(String ruleName, String source) {
    LazyRegex regex = new LazyRegex(fields.expand(ruleName, source));
    if (validation == Validation.FULL) {
      try {
        regex.pattern();
      } catch (PatternSyntaxException e) {
        throw new CatalogException(ruleName + ": regex does not compile: " + e.getDescription() + " in " + source);
      }
    }
    return regex;
  }

  private void verifyDeep(CatalogRule rule, Map<String, Object> entry) {
    if (!Reminders.exists(rule.reminderFile())) {
      throw new CatalogException(rule.name() + ": reminder file missing: " + rule.reminderFile());
    }
    long matches = rule.examples().stream().filter(RuleExample::expectMatch).count();
    long misses = rule.examples().size() - matches;
    if (matches < 2 || misses < 2) {
      throw new CatalogException(rule.name() + ": needs at least 2 match and 2 noMatch examples");
    }
    for (PatternSpec p : rule.patterns()) {
      if (p.flowsTo() != null && !p.find().source().contains("(?<v>")) {
        throw new CatalogException(rule.name() + ": flowsTo needs a named group v in find");
      }
    }
  }
}
