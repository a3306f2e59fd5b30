package org.securityguidance.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.securityguidance.scan.ScanProgress;

/**
 * A one-line progress display on a terminal's stderr ({@code scanned 1200/5400 files, 14.2 MB}), redrawn with a
 * carriage return at most every {@code intervalMillis}, shown only once a scan has run for {@code delayMillis}
 * (short scans stay silent), and erased at the end so it never mixes with the report.
 */
public final class ConsoleProgress implements ScanProgress {
  private final PrintStream err;
  private final LongSupplier clockMillis;
  private final long delayMillis;
  private final long intervalMillis;
  private final long startedMillis;
  private long lastDrawnMillis = Long.MIN_VALUE;
  private int drawnWidth;

  public ConsoleProgress(PrintStream err, LongSupplier clockMillis, long delayMillis, long intervalMillis) {
    this.err = err;
    this.clockMillis = clockMillis;
    this.delayMillis = delayMillis;
    this.intervalMillis = intervalMillis;
    this.startedMillis = clockMillis.getAsLong();
  }

  /** The defaults for interactive use: appear after one second, redraw up to four times a second. */
  public static ConsoleProgress onTerminal(PrintStream err) {
    return new ConsoleProgress(err, System::currentTimeMillis, 1000, 250);
  }

  @Override
  public void update(int filesDone, int filesTotal, long bytesDone) {
    long now = clockMillis.getAsLong();
    if (now - startedMillis < delayMillis || (drawnWidth > 0 && now - lastDrawnMillis < intervalMillis)) {
      return;
    }
    lastDrawnMillis = now;
    String line = String.format(Locale.ROOT, "scanned %d/%d files, %s", filesDone, filesTotal,
        Summary.megabytes(bytesDone));
    StringBuilder out = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < drawnWidth; i++) {
      out.append(' ');
    }
    drawnWidth = Math.max(drawnWidth, line.length());
    err.print(out);
    err.flush();
  }

  @Override
  public void finish() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }
}
