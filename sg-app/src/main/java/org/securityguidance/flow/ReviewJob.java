package org.securityguidance.flow;

import java.nio.file.Path;
import java.util.List;
import org.securityguidance.review.scope.FileDiff;

/**
 * One review request: the repository, the file diffs to review, and the findings already told to the agent (listed
 * in the prompt as "do not re-flag").
 */
public record ReviewJob(Path repoRoot, List<FileDiff> files, List<PriorFinding> prior) {
  public ReviewJob {
    files = List.copyOf(files);
    prior = List.copyOf(prior);
  }
}
