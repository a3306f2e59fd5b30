package org.securityguidance.cli;

import java.util.List;
import org.securityguidance.report.ReportFormat;
import org.securityguidance.rules.RuleSet;

/**
 * The parsed command line of {@code scan}.
 *
 * @param paths files and directories to scan, as typed (default {@code .})
 * @param format report format ({@code --format}, default text)
 * @param output report file written atomically ({@code --output}), or {@code null} for stdout
 * @param maxFileSize files larger than this many bytes are skipped ({@code --max-file-size}, default 1 MiB)
 * @param jobs worker threads ({@code --jobs}, default: available processors)
 * @param progress whether a terminal may show progress ({@code --no-progress} turns it off)
 * @param help {@code --help} was given; everything else is ignored
 */
record ScanOptions(List<String> paths, ReportFormat format, String output, long maxFileSize, int jobs,
    boolean progress, boolean help) {

  static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
  static final int MAX_JOBS = 256;
  /** The rule engine reads at most this many characters of a file, so a larger cap would scan files partly. */
  static final long MAX_FILE_SIZE_LIMIT = RuleSet.MAX_SCAN_CHARS;

  ScanOptions {
    paths = List.copyOf(paths);
  }
}
