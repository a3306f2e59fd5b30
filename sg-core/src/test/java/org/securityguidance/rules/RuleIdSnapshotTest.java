package org.securityguidance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonView;

/**
 * Rule ids are telemetry codes (bits of {@code rule_mask}, spec §4.4): ids 1–25 and their names are frozen from the
 * original, new rules are appended. Adding a rule is a one-line diff here; renumbering or renaming one fails.
 */
class RuleIdSnapshotTest {
  private static final List<String> FROZEN = List.of(
      "1 github_actions_workflow", "2 child_process_exec", "3 new_function_injection", "4 eval_injection",
      "5 react_dangerously_set_html", "6 document_write_xss", "7 innerHTML_xss", "8 pickle_deserialization",
      "9 os_system_injection", "10 python_subprocess_shell", "11 go_exec_shell_injection", "12 unsafe_yaml_load",
      "13 node_createcipher_no_iv", "14 aes_ecb_mode", "15 tls_verification_disabled", "16 marshal_loads",
      "17 shelve_open", "18 xml_unsafe_parse", "19 pickle_variants_load", "20 outerHTML_xss",
      "21 insertAdjacentHTML_xss", "22 script_src_without_sri", "23 torch_unsafe_load",
      "24 yaml_unsafe_load_variants", "25 pickle_wrapper_load",
      "26 sql_injection", "27 java_deserialization", "28 java_runtime_exec", "29 java_xxe", "30 java_unsafe_yaml",
      "31 jackson_default_typing", "32 go_template_html", "33 ruby_eval_interpolation",
      "34 ruby_shell_interpolation", "35 ruby_marshal_load", "36 ruby_yaml_load", "37 php_code_injection",
      "38 php_shell_injection", "39 php_unserialize", "40 hardcoded_secret");

  @Test
  void catalogIdsAndNamesMatchTheSnapshot() {
    List<String> actual = new ArrayList<>();
    for (Object o : JsonView.array(Json.parseObject(CatalogLoader.readResource()), "rules")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) o;
      actual.add(JsonView.number(r, "id", -1) + " " + JsonView.string(r, "name"));
    }
    assertThat(actual).containsExactlyElementsOf(FROZEN);
  }

  @Test
  void theRuleSetKeepsCatalogOrder() {
    List<Integer> ids = RuleSet.builtin().rules().stream().map(Rule::id).toList();
    assertThat(ids).isSorted().startsWith(1, 2, 3, 4, 5);
  }
}
