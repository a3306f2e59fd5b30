package org.securityguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.json.Json;
import org.securityguidance.sys.Env;
import org.securityguidance.usage.ReviewLayer;
import org.securityguidance.usage.ReviewOutcome;
import org.securityguidance.usage.ReviewUsage;
import org.securityguidance.usage.UsageEntry;
import org.securityguidance.usage.UsageLog;

class UsageCommandTest {
  @TempDir Path tmp;
  private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

  private Env env() {
    return new Env(Map.of("HOME", tmp.toString(), "SECURITY_WARNINGS_STATE_DIR", tmp.resolve("state").toString()));
  }

  private void seed(long ageDays, ReviewOutcome outcome, int findings) {
    UsageLog.in(tmp.resolve("state")).append(new UsageEntry(now.getEpochSecond() - ageDays * 86_400 + 60,
        ReviewLayer.STOP_REVIEW, outcome, new ReviewUsage(List.of("claude-opus-4-7"), 10_000, 1_000, 0, 0, 1, 0.075, 0,
        0), findings, 2, 0, 2000, 0));
  }

  private String usage(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(UsageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), env(),
        Clock.fixed(now, ZoneOffset.UTC))).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarisesTheLastSevenDaysByDefault() {
    seed(1, ReviewOutcome.FINDINGS, 2);
    seed(6, ReviewOutcome.CLEAN, 0);
    seed(8, ReviewOutcome.FINDINGS, 5);
    String text = usage();
    assertThat(text).startsWith("security-guidance usage, last 7 days\n")
        .contains("  reviews    2 (findings 1, clean 1, unavailable 0)\n")
        .contains("  findings   2\n").contains("  est. cost  $0.1500\n");
  }

  @Test
  void daysAndJsonFormat() {
    seed(1, ReviewOutcome.FINDINGS, 2);
    seed(8, ReviewOutcome.FINDINGS, 5);
    Map<String, Object> doc = Json.parseObject(usage("--days", "30", "--format=json"));
    assertThat(doc).containsEntry("days", 30L).containsEntry("reviews", 2L).containsEntry("findings", 7L)
        .containsEntry("estimated_cost_usd", 0.15);
  }

  @Test
  void anEmptyLogIsNotAnError() {
    assertThat(usage("--days=1")).isEqualTo("security-guidance usage, last 1 day\n  no reviews recorded\n");
  }

  @Test
  void badOptionsAreUsageErrorsThroughMain() {
    for (String[] args : List.of(new String[] {"usage", "--days", "0"}, new String[] {"usage", "--days", "x"},
        new String[] {"usage", "--format", "xml"}, new String[] {"usage", "--bogus"}, new String[] {"usage", "--days"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8), env());
      assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("security-guidance usage: ").hasLineCount(1);
    }
  }

  @Test
  void reviewBadOptionsAreUsageErrorsThroughMain() {
    for (String[] args : List.of(new String[] {"review", "--format", "xml"}, new String[] {"review", "--base"},
        new String[] {"review", "extra"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8), env());
      assertThat(code).isEqualTo(ExitCode.USAGE);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("security-guidance review: ").hasLineCount(1);
    }
  }

  @Test
  void helpListsEveryOptionAndMainListsBothCommands() {
    String help = usage("--help");
    for (String flag : List.of("--days", "--format", "--help")) {
      assertThat(help).contains(flag);
    }
    assertThat(Usage.MAIN).contains("  review ").contains("  usage ");
  }
}
