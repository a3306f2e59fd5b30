package org.securityguidance.review.single;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.scope.FileDiff;

/**
 * What one review looks at: the capped file diffs, findings already reported this session (listed as "do not
 * re-flag"), the org policy text ({@code OrgPolicy.text()}, may be empty), and a reader of a reviewed file's current
 * content by repo-relative path (used only to anchor quotes that are not in the diff).
 */
public record ReviewInput(
    List<FileDiff> files,
    List<Finding> previousFindings,
    String policyText,
    Function<String, Optional<String>> contentReader) {

  public ReviewInput {
    files = List.copyOf(files);
    previousFindings = previousFindings == null ? List.of() : List.copyOf(previousFindings);
    policyText = policyText == null ? "" : policyText;
    contentReader = contentReader == null ? path -> Optional.empty() : contentReader;
  }
}
