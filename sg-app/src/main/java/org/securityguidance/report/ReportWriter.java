package org.securityguidance.report;

import org.securityguidance.scan.ScanResult;

/** Renders a finished scan in one output format; pure, so every format can be golden-tested. */
public interface ReportWriter {
  String render(ScanResult result);

  /** The writer for {@code format}; {@code toolVersion} is stamped into JSON and SARIF. */
  static ReportWriter of(ReportFormat format, String toolVersion) {
    return switch (format) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport(toolVersion);
      case SARIF -> new SarifReport(toolVersion);
    };
  }

  /** The text format's closing line (counts, size, time), e.g. for stderr when the report goes to a file. */
  static String summaryLine(ScanResult result) {
    return TextReport.summaryLine(result);
  }
}
