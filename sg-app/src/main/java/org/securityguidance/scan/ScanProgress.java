package org.securityguidance.scan;

/**
 * Receives progress snapshots from the thread that runs the scan (never from workers), a few times a second, and
 * once more when the scan ends.
 */
public interface ScanProgress {
  /** No progress reporting. */
  ScanProgress NONE = new ScanProgress() {
    @Override
    public void update(int filesDone, int filesTotal, long bytesDone) {}

    @Override
    public void finish() {}
  };

  void update(int filesDone, int filesTotal, long bytesDone);

  /** The scan is over; a terminal display clears itself here. */
  void finish();
}
