package org.securityguidance.review.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.api.ReviewUnavailable;

class FindingParserTest {
  static final String ONE = "{\"hasVulnerabilities\": true, \"vulnerabilities\": [{\"filePath\": \"app.py\","
      + " \"line\": 6, \"category\": \"command_injection\", \"severity\": \"high\","
      + " \"vulnerableCode\": \"subprocess.call('ls ' + user, shell=True)\", \"explanation\": \"e\", \"fix\": \"f\"}]}";

  @Test
  void aStructuredReplyBecomesRawFindings() throws Exception {
    ParsedReply r = FindingParser.parse(ONE);
    assertThat(r.hasVulnerabilities()).isTrue();
    assertThat(r.findings()).containsExactly(new RawFinding("app.py", "command_injection", "high",
        "subprocess.call('ls ' + user, shell=True)", "e", "f", 6));
    assertThat(r.omitted()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"```json\n%s\n```", "```\n%s\n```", "Here is my review:\n%s\nDone.", "  \n%s\n\n"})
  void wrappingFencesAndSentencesAreTolerated(String wrapper) throws Exception {
    assertThat(FindingParser.parse(wrapper.formatted(ONE)).findings()).hasSize(1);
  }

  @Test
  void aCleanVerdictHasNoFindings() throws Exception {
    ParsedReply r = FindingParser.parse("{\"hasVulnerabilities\": false, \"vulnerabilities\": []}");
    assertThat(r.hasVulnerabilities()).isFalse();
    assertThat(r.findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "I can't help with that.",
      "{\"hasVulnerabilities\": true, \"vulnerabilities\": [",
      "[]",
      "{\"vulnerabilities\": []}",
      "{\"hasVulnerabilities\": \"no\", \"vulnerabilities\": []}",
      "{\"hasVulnerabilities\": false}",
      "{\"hasVulnerabilities\": true, \"vulnerabilities\": {\"filePath\": \"a\"}}",
      "```json\n{\"hasVulnerabilities\": true,\n```"})
  void malformedRepliesAreUnavailableNeverClean(String text) {
    assertThatThrownBy(() -> FindingParser.parse(text))
        .isInstanceOfSatisfying(ReviewUnavailable.class,
            e -> assertThat(e.reason()).isEqualTo(ReviewUnavailable.Reason.BAD_RESPONSE));
  }

  @Test
  void aMissingTextBlockIsUnavailable() {
    assertThatThrownBy(() -> FindingParser.parse(null)).isInstanceOf(ReviewUnavailable.class);
  }

  @Test
  void theErrorNeverQuotesTheReply() {
    assertThatThrownBy(() -> FindingParser.parse("{\"hasVulnerabilities\": SECRET-TOKEN-123"))
        .isInstanceOf(ReviewUnavailable.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-TOKEN-123"));
  }

  @Test
  void oddItemsAndFieldTypesReadAsEmptyInsteadOfFailingTheReview() throws Exception {
    ParsedReply r = FindingParser.parse("{\"hasVulnerabilities\": true, \"vulnerabilities\": ["
        + "\"just a string\", {\"filePath\": 7, \"line\": \"12\", \"severity\": null}, {\"line\": -3}]}");
    assertThat(r.findings()).hasSize(3).allSatisfy(f -> {
      assertThat(f.filePath()).isEmpty();
      assertThat(f.lineHint()).isZero();
    });
  }

  @Test
  void itemsBeyondTheCapAreCountedNotRead() throws Exception {
    String items = IntStream.range(0, FindingParser.MAX_ITEMS + 7)
        .mapToObj(i -> "{\"filePath\": \"f" + i + "\"}").collect(Collectors.joining(","));
    ParsedReply r = FindingParser.parse("{\"hasVulnerabilities\": true, \"vulnerabilities\": [" + items + "]}");
    assertThat(r.findings()).hasSize(FindingParser.MAX_ITEMS);
    assertThat(r.omitted()).isEqualTo(7);
  }
}
