package org.securityguidance.agent.tools;

import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe running totals behind {@link ToolStats}; tools mark refusals and truncations here. */
final class ToolCounters {
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong refusals = new AtomicLong();
  private final AtomicLong truncated = new AtomicLong();
  private final AtomicLong bytesReturned = new AtomicLong();

  void call(ToolResult result) {
    calls.incrementAndGet();
    if (result.error()) {
      errors.incrementAndGet();
    }
    bytesReturned.addAndGet(Utf8.length(result.text()));
  }

  void refused() {
    refusals.incrementAndGet();
  }

  void truncated() {
    truncated.incrementAndGet();
  }

  ToolStats snapshot(long bytesRead) {
    return new ToolStats(calls.get(), errors.get(), refusals.get(), truncated.get(), bytesReturned.get(), bytesRead);
  }
}
