package org.securityguidance.agent.tools;

import java.time.Duration;

/**
 * Size and time bounds for the reviewer's tools. Every result is at most {@code resultBytes} of UTF-8 text, whatever
 * the model asks for.
 *
 * @param resultBytes cap on one tool result's text (UTF-8 bytes)
 * @param readDefaultLines lines a Read returns when the model gives no limit
 * @param readMaxLines largest limit a Read honours
 * @param readScanBytes bytes a Read may pull from disk to reach its offset (a 2 GB file is never read whole)
 * @param lineChars characters of one line shown before it is clipped
 * @param grepFileBytes files larger than this are skipped by Grep
 * @param grepTotalBytes bytes one Grep may read in total
 * @param grepMaxFiles files one Grep may examine (resolve, and open when readable)
 * @param grepDefaultMatches matches returned when the model gives no limit
 * @param grepMaxMatches largest match limit Grep honours
 * @param globMaxResults paths one Glob lists before summarising the rest
 * @param deadline wall-clock limit of one Grep or Glob call
 */
public record ToolLimits(
    int resultBytes,
    int readDefaultLines,
    int readMaxLines,
    long readScanBytes,
    int lineChars,
    int grepFileBytes,
    long grepTotalBytes,
    int grepMaxFiles,
    int grepDefaultMatches,
    int grepMaxMatches,
    int globMaxResults,
    Duration deadline) {

  /** The defaults: 16 KiB results, 400 lines per Read, 8 MiB scanned per Read, 5 s per Grep/Glob. */
  public static ToolLimits defaults() {
    return new ToolLimits(16 * 1024, 400, 2000, 8L * 1024 * 1024, 500, 1024 * 1024, 32L * 1024 * 1024,
        20_000, 100, 300, 200, Duration.ofSeconds(5));
  }

  /** These limits with another Grep/Glob deadline. */
  public ToolLimits withDeadline(Duration newDeadline) {
    return new ToolLimits(resultBytes, readDefaultLines, readMaxLines, readScanBytes, lineChars, grepFileBytes,
        grepTotalBytes, grepMaxFiles, grepDefaultMatches, grepMaxMatches, globMaxResults, newDeadline);
  }
}
