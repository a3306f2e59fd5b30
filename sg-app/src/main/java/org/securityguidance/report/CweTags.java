package org.securityguidance.report;

import java.util.List;
import java.util.Map;
import org.securityguidance.rules.Rule;

/**
 * The CWE each built-in rule is about, for SARIF {@code properties.tags} (GitHub code scanning shows and filters by
 * {@code external/cwe/cwe-NNN}). Rules missing here, including user rules, get only the {@code security} tag.
 */
final class CweTags {
  private static final Map<String, List<Integer>> CWE_BY_RULE = Map.ofEntries(
      Map.entry("github_actions_workflow", List.of(78)),
      Map.entry("child_process_exec", List.of(78)),
      Map.entry("new_function_injection", List.of(94)),
      Map.entry("eval_injection", List.of(95)),
      Map.entry("react_dangerously_set_html", List.of(79)),
      Map.entry("document_write_xss", List.of(79)),
      Map.entry("innerHTML_xss", List.of(79)),
      Map.entry("pickle_deserialization", List.of(502)),
      Map.entry("os_system_injection", List.of(78)),
      Map.entry("python_subprocess_shell", List.of(78)),
      Map.entry("go_exec_shell_injection", List.of(78)),
      Map.entry("unsafe_yaml_load", List.of(502)),
      Map.entry("node_createcipher_no_iv", List.of(327, 329)),
      Map.entry("aes_ecb_mode", List.of(327)),
      Map.entry("tls_verification_disabled", List.of(295)),
      Map.entry("marshal_loads", List.of(502)),
      Map.entry("shelve_open", List.of(502)),
      Map.entry("xml_unsafe_parse", List.of(611, 776)),
      Map.entry("pickle_variants_load", List.of(502)),
      Map.entry("outerHTML_xss", List.of(79)),
      Map.entry("insertAdjacentHTML_xss", List.of(79)),
      Map.entry("script_src_without_sri", List.of(353, 829)),
      Map.entry("torch_unsafe_load", List.of(502)),
      Map.entry("yaml_unsafe_load_variants", List.of(502)),
      Map.entry("pickle_wrapper_load", List.of(502)));

  private CweTags() {}

  /** The rule's primary CWE as {@code CWE-n}, or empty when none is known. */
  static String cweOf(Rule rule) {
    List<Integer> cwes = CWE_BY_RULE.getOrDefault(rule.name(), List.of());
    return cwes.isEmpty() ? "" : "CWE-" + cwes.get(0);
  }

  /** {@code security} followed by the rule's CWE tags in CodeQL's spelling ({@code external/cwe/cwe-079}). */
  static List<String> tagsFor(String ruleName) {
    List<Integer> cwes = CWE_BY_RULE.getOrDefault(ruleName, List.of());
    String[] tags = new String[cwes.size() + 1];
    tags[0] = "security";
    for (int i = 0; i < cwes.size(); i++) {
      tags[i + 1] = String.format(java.util.Locale.ROOT, "external/cwe/cwe-%03d", cwes.get(i));
    }
    return List.of(tags);
  }
}
