package org.securityguidance.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code <state>/jvm-boot.last}: the outcome code of a detached rescue bootstrap, which has no stdout anyone reads.
 * The next SessionStart emits it as {@code boot_last} and deletes the file (spec §4.5, fixing the original's quirk 10
 * where rescue outcomes were lost).
 */
public final class RescueResult {
  private RescueResult() {}

  /** Records {@code outcome} for the next SessionStart; best effort, returns whether it worked. */
  public static boolean record(Path stateDir, int outcome) {
    try {
      BootStateFiles.writeAtomically(stateDir.resolve(BootStateFiles.LAST), outcome + "\n");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The pending rescue outcome (0–99), deleting the file; null when none or unreadable. */
  public static Integer take(Path stateDir) {
    Path file = stateDir.resolve(BootStateFiles.LAST);
    byte[] raw;
    try (InputStream in = Files.newInputStream(file)) {
      raw = in.readNBytes(16);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Could not consume it: emitting it again next session is better than losing it.
    }
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    if (!text.matches("[0-9]{1,2}")) {
      return null;
    }
    return Integer.parseInt(text);
  }
}
