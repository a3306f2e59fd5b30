package org.securityguidance.telemetry.boot;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwraps the JDK's pure wrapper exceptions to the cause that names the real failure (spec §4.6, at most 5 levels). */
final class Causes {
  static final int MAX_DEPTH = 5;

  /** Exact classes only: a subclass of a wrapper may carry its own meaning. */
  private static final Set<Class<?>> WRAPPERS = Set.of(UncheckedIOException.class, CompletionException.class,
      ExecutionException.class, InvocationTargetException.class, UndeclaredThrowableException.class);

  private Causes() {}

  /** The innermost non-wrapper cause of {@code t}, following at most {@link #MAX_DEPTH} wrapper levels. */
  static Throwable root(Throwable t) {
    Throwable current = t;
    for (int depth = 0; depth < MAX_DEPTH && current != null && WRAPPERS.contains(current.getClass()); depth++) {
      Throwable cause = current.getCause();
      if (cause == null || cause == current) {
        break;
      }
      current = cause;
    }
    return current;
  }
}
