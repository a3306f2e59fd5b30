package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;

/** The loader rejects malformed catalogs with a message naming the rule, and accepts the shipped one in full. */
class CatalogValidationTest {

  @Test
  void theShippedCatalogPassesFullValidation() {
    CatalogLoader.Catalog catalog = CatalogLoader.loadBuiltin(CatalogLoader.Validation.FULL);
    assertThat(catalog.rules()).hasSizeGreaterThanOrEqualTo(39);
    assertThat(catalog.rules()).extracting(Rule::id).isSorted().doesNotHaveDuplicates();
    assertThat(catalog.skippedRules()).extracting(Rule::name).allMatch(DetectorRegistry.AWAITED::contains);
  }

  @Test
  void aMinimalCatalogLoads() {
    assertThat(CatalogLoader.load(Json.write(minimal()), CatalogLoader.Validation.FULL).rules())
        .extracting(Rule::name).containsExactly("demo_rule");
  }

  @Test
  void duplicateIdsAreRejected() {
    assertBroken(c -> rules(c).add(copyOfFirst(c, 1, "other_rule")), "duplicate id 1");
  }

  @Test
  void duplicateNamesAreRejected() {
    assertBroken(c -> rules(c).add(copyOfFirst(c, 2, "demo_rule")), "duplicate rule name demo_rule");
  }

  @Test
  void idsAbove52AreRejected() {
    assertBroken(c -> first(c).put("id", 53L), "outside 1..52");
  }

  @Test
  void aRegexThatDoesNotCompileIsRejected() {
    assertBroken(c -> first(c).put("patterns", List.of("eval\\((")), "demo_rule: regex does not compile");
  }

  @Test
  void aMissingReminderFileIsRejected() {
    assertBroken(c -> first(c).put("reminder", "no-such-file.md"), "reminder file missing");
  }

  @Test
  void unknownFragmentsFileTypesAndFieldsAreRejected() {
    assertBroken(c -> first(c).put("patterns", List.of("{{NOPE}}x")), "unknown regex fragment {{NOPE}}");
    assertBroken(c -> first(c).put("files", Map.of("include", List.of("cobol"))), "unknown file type 'cobol'");
    assertBroken(c -> first(c).put("patterns", List.of(Map.of("find", "x", "argz", "y"))), "unknown pattern field");
  }

  @Test
  void rulesNeedKeywordsAndExamples() {
    assertBroken(c -> first(c).put("keywords", List.of()), "keywords must not be empty");
    assertBroken(c -> examples(c).put("noMatch", List.of(Map.of("path", "a.py", "code", "x"))),
        "says which false positive");
    assertBroken(c -> examples(c).put("match", List.of(Map.of("path", "a.py", "code", "eval(x)"))),
        "needs at least 2 match");
  }

  @Test
  void anUnknownDetectorIsAnError() {
    assertBroken(c -> first(c).put("detector", "no_such_detector"), "unknown detector");
  }

  @Test
  void aDetectorRuleWithoutKeywordsUsesTheDetectorsOwnPrefilter() {
    Map<String, Object> c = minimal();
    first(c).put("detector", "hardcoded_secret");
    first(c).put("patterns", List.of());
    first(c).put("keywords", List.of());
    first(c).put("files", Map.of());
    CatalogLoader.Catalog catalog = CatalogLoader.load(Json.write(c), CatalogLoader.Validation.STRUCTURE);
    CatalogRule rule = (CatalogRule) catalog.rules().get(0);
    assertThat(rule.keywords()).contains("akia", "-----begin ");
  }

  @Test
  void remindersAreReadOnlyWhenAsked() {
    Map<String, Object> c = minimal();
    first(c).put("reminder", "no-such-file.md");
    Rule rule = CatalogLoader.load(Json.write(c), CatalogLoader.Validation.STRUCTURE).rules().get(0);
    assertThat(rule.name()).isEqualTo("demo_rule");
    assertThatThrownBy(rule::reminder).isInstanceOf(CatalogException.class).hasMessageContaining("no-such-file.md");
  }

  private static void assertBroken(Consumer<Map<String, Object>> breakIt, String message) {
    Map<String, Object> c = minimal();
    breakIt.accept(c);
    assertThatThrownBy(() -> CatalogLoader.load(Json.write(c), CatalogLoader.Validation.FULL))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining(message);
  }

  /** A valid one-rule catalog built fresh for each test (mutable maps). */
  static Map<String, Object> minimal() {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", 1L);
    rule.put("name", "demo_rule");
    rule.put("title", "Demo");
    rule.put("severity", "high");
    rule.put("cwe", "CWE-95");
    rule.put("files", new LinkedHashMap<>(Map.of("include", List.of("python"))));
    rule.put("keywords", List.of("eval"));
    rule.put("patterns", List.of("{{NIM}}eval\\("));
    rule.put("reminder", "eval.md");
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("match", List.of(Map.of("path", "a.py", "code", "eval(x)"), Map.of("path", "b.py", "code", "eval(y)")));
    examples.put("noMatch", List.of(Map.of("path", "a.py", "code", "m.eval(x)", "prevents", "method"),
        Map.of("path", "a.js", "code", "eval(x)", "prevents", "gate")));
    rule.put("examples", examples);
    List<Object> rules = new ArrayList<>();
    rules.add(rule);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("schema", 1L);
    c.put("defs", Map.of("NIM", "(?<![\\w.])"));
    c.put("fileTypes", Map.of("python", List.of(".py"), "js", List.of(".js")));
    c.put("rules", rules);
    return c;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> rules(Map<String, Object> c) {
    return (List<Object>) c.get("rules");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> c) {
    return (Map<String, Object>) rules(c).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> examples(Map<String, Object> c) {
    return (Map<String, Object>) first(c).get("examples");
  }

  private static Map<String, Object> copyOfFirst(Map<String, Object> c, long id, String name) {
    Map<String, Object> copy = new LinkedHashMap<>(first(c));
    copy.put("id", id);
    copy.put("name", name);
    return copy;
  }
}
