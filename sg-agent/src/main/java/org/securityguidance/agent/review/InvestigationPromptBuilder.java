package org.securityguidance.agent.review;

import java.util.List;
import java.util.function.Supplier;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.prompt.DataFence;
import org.securityguidance.review.prompt.PromptBuilder;
import org.securityguidance.review.prompt.PromptText;
import org.securityguidance.review.prompt.Texts;
import org.securityguidance.review.scope.FileDiff;

/**
 * Builds the stage-1 prompt from the commit's capped diffs, the findings already reported this session and the org
 * policy. It reuses the single-shot review's rubric and its framing of delimited data, earlier findings and policy,
 * so both reviewers judge by the same rules; the reading rules and the answer format are the agent's own (findings
 * may point into files the commit did not change).
 *
 * <p>Design note: prose comes from resources and the only substitution is the delimiter token; untrusted text is
 * appended by plain concatenation, and the token is re-drawn until it occurs nowhere in that text.
 */
final class InvestigationPromptBuilder {
  static final int MAX_PREVIOUS = 50;
  static final int PREVIOUS_FIELD_CHARS = 160;

  private final Supplier<String> nonces;

  InvestigationPromptBuilder(Supplier<String> nonces) {
    this.nonces = nonces;
  }

  InvestigationPrompt build(List<FileDiff> files, List<Finding> previous, String policyText) {
    String policy = policyText == null ? "" : policyText.strip();
    List<Finding> shown = previous.subList(0, Math.min(previous.size(), MAX_PREVIOUS));
    String nonce = DataFence.chooseNonce(nonces, untrusted(files, shown, policy));
    StringBuilder out = new StringBuilder(sizeHint(files));
    out.append(AgentResources.prompt("investigate-request.txt"));
    if (!shown.isEmpty()) {
      out.append("\n\n").append(PromptText.fill("previous-findings.txt", "NONCE", nonce)).append("\n\n");
      DataFence.append(out, "PREVIOUS", nonce, "", previousList(shown));
    }
    out.append("\n\n").append(PromptText.fill("files-intro.txt", "NONCE", nonce)).append("\n\n");
    for (FileDiff file : files) {
      String attributes = "path=" + DataFence.quoted(file.path())
          + " status=\"" + (file.newFile() ? "new" : "modified") + "\""
          + (file.truncatedChars() > 0 ? " truncated_chars=\"" + file.truncatedChars() + "\"" : "");
      DataFence.append(out, "DIFF", nonce, attributes, file.content() == null ? "" : file.content());
      out.append("\n\n");
    }
    out.append(AgentResources.prompt("investigate-closing.txt", nonce));
    if (!policy.isEmpty()) {
      out.append("\n\n").append(PromptText.fill("policy-framing.txt", "NONCE", nonce)).append("\n\n");
      DataFence.append(out, "POLICY", nonce, "", policy);
    }
    return new InvestigationPrompt(AgentResources.prompt("investigate-system.txt"), PromptBuilder.rubric(),
        out.toString(), nonce);
  }

  private static String previousList(List<Finding> previous) {
    StringBuilder out = new StringBuilder();
    for (Finding f : previous) {
      out.append("- ").append(Texts.cap(Texts.oneLine(f.filePath()), PREVIOUS_FIELD_CHARS))
          .append(" [").append(Texts.cap(Texts.oneLine(f.category()), 64)).append("]: ")
          .append(Texts.cap(Texts.oneLine(f.vulnerableCode()), PREVIOUS_FIELD_CHARS)).append('\n');
    }
    return out.toString();
  }

  private static CharSequence untrusted(List<FileDiff> files, List<Finding> previous, String policy) {
    StringBuilder all = new StringBuilder(sizeHint(files)).append(policy).append('\n');
    for (FileDiff f : files) {
      all.append(f.path()).append('\n').append(f.content()).append('\n');
    }
    for (Finding f : previous) {
      all.append(f.filePath()).append('\n').append(f.category()).append('\n').append(f.vulnerableCode()).append('\n');
    }
    return all;
  }

  private static int sizeHint(List<FileDiff> files) {
    long total = 16_384;
    for (FileDiff f : files) {
      total += f.path().length() + (f.content() == null ? 0 : f.content().length()) + 128;
    }
    return (int) Math.min(total, 16 * 1024 * 1024);
  }
}
