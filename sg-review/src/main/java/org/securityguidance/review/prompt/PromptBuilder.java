package org.securityguidance.review.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.securityguidance.finding.Finding;
import org.securityguidance.review.scope.FileDiff;

/**
 * Assembles the single-shot review prompt (spec llm-review §5.2, our wording): the cacheable rubric, then per call
 * the diff-reading rules, the "already reported" list, the files as delimited untrusted data, the answer format and,
 * last, the org policy.
 *
 * <p>Design note: prose comes from resources; the only substitutions are values we generate (the delimiter token and
 * the language list). Untrusted text is appended by plain concatenation after that, so braces, dollar signs or
 * placeholder lookalikes in a diff are never interpreted. The token is re-drawn until it occurs nowhere in the data.
 */
public final class PromptBuilder {
  static final int MAX_PREVIOUS = 50;
  static final int PREVIOUS_FIELD_CHARS = 160;

  private final Supplier<String> nonceSource;

  /** A builder drawing delimiter tokens from a secure random source. */
  public PromptBuilder() {
    this(DataFence::randomNonce);
  }

  /** A builder with a scripted token source (tests; golden prompts need a fixed token). */
  public PromptBuilder(Supplier<String> nonceSource) {
    this.nonceSource = nonceSource;
  }

  /** The static rubric block alone (categories, reasoning, precision, exclusions). */
  public static String rubric() {
    return PromptText.load("rubric.txt");
  }

  /** Builds the prompt for {@code files}; {@code previous} and {@code policyText} may be empty. */
  public ReviewPrompt build(List<FileDiff> files, List<Finding> previous, String policyText) {
    String policy = policyText == null ? "" : policyText.strip();
    List<Finding> shown = previous.subList(0, Math.min(previous.size(), MAX_PREVIOUS));
    String nonce = DataFence.chooseNonce(nonceSource, untrustedText(files, shown, policy));
    StringBuilder out = new StringBuilder(estimate(files));
    out.append(PromptText.fill("request-intro.txt", "LANGUAGES", Languages.hint(paths(files))));
    if (!shown.isEmpty()) {
      out.append("\n\n").append(PromptText.fill("previous-findings.txt", "NONCE", nonce)).append("\n\n");
      appendPrevious(out, shown, nonce);
    }
    out.append("\n\n").append(PromptText.fill("files-intro.txt", "NONCE", nonce)).append("\n\n");
    for (FileDiff file : files) {
      appendFile(out, file, nonce);
      out.append("\n\n");
    }
    out.append(PromptText.fill("closing.txt", "NONCE", nonce));
    if (!policy.isEmpty()) {
      out.append("\n\n").append(PromptText.fill("policy-framing.txt", "NONCE", nonce)).append("\n\n");
      out.append(DataFence.open("POLICY", nonce, "")).append('\n').append(policy).append('\n');
      out.append(DataFence.close("POLICY", nonce));
    }
    return new ReviewPrompt(rubric(), out.toString(), nonce);
  }

  private static void appendPrevious(StringBuilder out, List<Finding> previous, String nonce) {
    out.append(DataFence.open("PREVIOUS", nonce, "")).append('\n');
    for (Finding f : previous) {
      out.append("- ").append(Texts.cap(Texts.oneLine(f.filePath()), PREVIOUS_FIELD_CHARS))
          .append(" [").append(Texts.cap(Texts.oneLine(f.category()), 64)).append("]: ")
          .append(Texts.cap(Texts.oneLine(f.vulnerableCode()), PREVIOUS_FIELD_CHARS)).append('\n');
    }
    out.append(DataFence.close("PREVIOUS", nonce));
  }

  private static void appendFile(StringBuilder out, FileDiff file, String nonce) {
    String attributes = "path=" + DataFence.quoted(file.path())
        + " status=\"" + (file.newFile() ? "new" : "modified") + "\""
        + (file.truncatedChars() > 0 ? " truncated_chars=\"" + file.truncatedChars() + "\"" : "");
    out.append(DataFence.open("DIFF", nonce, attributes)).append('\n');
    String content = file.content() == null ? "" : file.content();
    out.append(content);
    if (!content.isEmpty() && !content.endsWith("\n")) {
      out.append('\n');
    }
    out.append(DataFence.close("DIFF", nonce));
  }

  private static CharSequence untrustedText(List<FileDiff> files, List<Finding> previous, String policy) {
    StringBuilder all = new StringBuilder(estimate(files)).append(policy).append('\n');
    for (FileDiff f : files) {
      all.append(f.path()).append('\n').append(f.content()).append('\n');
    }
    for (Finding f : previous) {
      all.append(f.filePath()).append('\n').append(f.category()).append('\n').append(f.vulnerableCode()).append('\n');
    }
    return all;
  }

  private static List<String> paths(List<FileDiff> files) {
    List<String> out = new ArrayList<>(files.size());
    files.forEach(f -> out.add(f.path()));
    return out;
  }

  private static int estimate(List<FileDiff> files) {
    long total = 16_384;
    for (FileDiff f : files) {
      total += f.path().length() + (f.content() == null ? 0 : f.content().length()) + 128;
    }
    return (int) Math.min(total, 16 * 1024 * 1024);
  }
}
