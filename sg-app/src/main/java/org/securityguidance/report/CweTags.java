package org.securityguidance.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securityguidance.rules.Rule;

/**
 * SARIF {@code properties.tags} for a rule: {@code security} plus its CWE in CodeQL's spelling
 * ({@code external/cwe/cwe-079}), which GitHub code scanning shows and filters by. The CWE comes from the catalog;
 * user rules have none.
 */
final class CweTags {
  private static final Pattern CWE = Pattern.compile("CWE-(\\d{1,5})", Pattern.CASE_INSENSITIVE);

  private CweTags() {}

  static List<String> tagsFor(Rule rule) {
    Matcher m = CWE.matcher(rule.cwe() == null ? "" : rule.cwe().trim());
    if (!m.matches()) {
      return List.of("security");
    }
    return List.of("security", String.format(Locale.ROOT, "external/cwe/cwe-%03d", Integer.parseInt(m.group(1))));
  }
}
