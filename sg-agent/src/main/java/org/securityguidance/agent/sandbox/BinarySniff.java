package org.securityguidance.agent.sandbox;

/** Git's binary heuristic: a NUL byte within the first 8 KiB marks a file as binary. */
public final class BinarySniff {
  /** How many leading bytes are inspected. */
  public static final int WINDOW = 8 * 1024;

  private BinarySniff() {}

  /** True when {@code bytes[0..length)} holds a NUL within the first {@link #WINDOW} bytes. */
  public static boolean looksBinary(byte[] bytes, int length) {
    int end = Math.min(Math.min(length, bytes.length), WINDOW);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
