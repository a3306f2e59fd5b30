package org.securityguidance.agent.review;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.securityguidance.agent.loop.LoopStats;
import org.securityguidance.review.api.ReviewUnavailable;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.single.ReviewInput;
import org.securityguidance.review.single.ReviewResult;

/**
 * Runs the review of a commit or push (spec llm-review §6.4–6.5): the agentic review first; if it has not finished
 * after the race delay, the single-shot review of the same diff starts too and the first review that answers wins;
 * if the agentic review fails, the single-shot one stands in. {@code SG_AGENTIC_COMMIT_REVIEW=0|off} runs only the
 * single-shot review, {@code SG_AGENTIC_NO_RACE=1} starts it only after an agentic failure.
 *
 * <p>Design note (V-OUTCOME): a failed review never wins while the other may still answer, a fallback already
 * running is reused rather than started twice, and the whole review has one overall deadline; the loser is
 * interrupted. Each attempt reports its outcome as its own event, so no status is shared between threads (§13.5).
 */
public final class CommitReviewRunner {
  /** One single-shot review of the commit's diff ({@code SingleShotReviewer::review}). */
  @FunctionalInterface
  public interface SingleShotAttempt {
    ReviewResult review(ReviewInput in) throws ReviewUnavailable;
  }

  private enum Source { AGENTIC, SINGLE }

  private record Event(Source source, Object value, ReviewUnavailable failure) {}

  private final AgenticConfig config;
  private final AgenticAttempt agentic;
  private final SingleShotAttempt single;
  private final Duration maxWait;
  private final Consumer<String> log;

  /** {@code agentic} is {@code null} when the agentic reviewer cannot start (no tools, no CLI). */
  public CommitReviewRunner(AgenticConfig config, AgenticAttempt agentic, SingleShotAttempt single,
      Consumer<String> log) {
    this(config, agentic, single, AgenticConfig.RACE_MAX_WAIT, log);
  }

  /** As above with another overall deadline (tests). */
  public CommitReviewRunner(AgenticConfig config, AgenticAttempt agentic, SingleShotAttempt single, Duration maxWait,
      Consumer<String> log) {
    this.config = config;
    this.agentic = agentic;
    this.single = single;
    this.maxWait = maxWait;
    this.log = log;
  }

  /** Never throws: a review that got no answer is an outcome with a failure. */
  public CommitReviewOutcome run(ReviewInput in) {
    Race race = new Race(System.nanoTime() + maxWait.toNanos());
    if (!config.enabled()) {
      return race.onlySingle(in);
    }
    if (agentic == null) {
      log.accept("commit review: agentic reviewer cannot start, single-shot review only");
      race.fallback = AgenticFallback.CANNOT_START;
      return race.onlySingle(in);
    }
    race.start(Source.AGENTIC, in);
    Event first = race.next(config.race() ? config.raceDelay() : maxWait);
    if (first != null && first.failure() == null) {
      return race.agenticWon(first);
    }
    if (first == null && !config.race()) {
      return race.timedOut();
    }
    if (first != null) {
      log.accept("commit review: agentic review failed (" + first.failure().reason() + "), single-shot review");
      race.agenticFailed();
    } else {
      log.accept("commit review: agentic review still running after " + config.raceDelay().toSeconds()
          + " s, single-shot review started");
      race.raceStarted = true;
    }
    race.start(Source.SINGLE, in);
    return race.awaitWinner();
  }

  /** The state of one review's race: the event queue, the running threads and the failures so far. */
  private final class Race {
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final long deadlineNanos;
    private final long startNanos = System.nanoTime();
    private Thread agenticThread;
    private Thread singleThread;
    private boolean agenticFailed;
    private ReviewUnavailable singleFailure;
    private boolean raceStarted;
    private AgenticFallback fallback;

    Race(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    void start(Source source, ReviewInput in) {
      Thread t = new Thread(() -> {
        try {
          Object value = source == Source.AGENTIC ? agentic.review(in) : single.review(in);
          events.add(new Event(source, value, null));
        } catch (ReviewUnavailable e) {
          events.add(new Event(source, null, e));
        } catch (RuntimeException e) {
          // A bug in one reviewer must not hang the race; its type is enough for the log.
          events.add(new Event(source, null, new ReviewUnavailable(Reason.BAD_RESPONSE, -1,
              "reviewer failed: " + e.getClass().getSimpleName())));
        }
      }, source == Source.AGENTIC ? "sg-agentic-review" : "sg-single-shot-review");
      t.setDaemon(true);
      if (source == Source.AGENTIC) {
        agenticThread = t;
      } else {
        singleThread = t;
      }
      t.start();
    }

    /** The next event within {@code wait} (cut to the overall deadline), or {@code null}. */
    Event next(Duration wait) {
      long left = Math.min(wait.toNanos(), deadlineNanos - System.nanoTime());
      try {
        return left <= 0 ? events.poll() : events.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    CommitReviewOutcome awaitWinner() {
      while (true) {
        Event e = next(maxWait);
        if (e == null) {
          return timedOut();
        }
        if (e.failure() == null) {
          return e.source() == Source.AGENTIC ? agenticWon(e) : singleWon(e);
        }
        if (e.source() == Source.AGENTIC) {
          agenticFailed();
        } else {
          singleFailure = e.failure();
        }
        if (singleFailure != null && !agenticFailed) {
          log.accept("commit review: single-shot review failed (" + singleFailure.reason()
              + "), waiting for the agentic review");
        } else if (singleFailure != null) {
          return failed(singleFailure);
        }
      }
    }

    void agenticFailed() {
      agenticFailed = true;
      fallback = AgenticFallback.FAILED;
    }

    CommitReviewOutcome onlySingle(ReviewInput in) {
      start(Source.SINGLE, in);
      Event e = next(maxWait);
      if (e == null) {
        return timedOut();
      }
      return e.failure() == null ? singleWon(e) : failed(e.failure());
    }

    CommitReviewOutcome agenticWon(Event e) {
      interrupt(singleThread);
      AgenticOutcome won = (AgenticOutcome) e.value();
      return outcome(won.result(), null, RaceWinner.AGENTIC, false, won.stats());
    }

    CommitReviewOutcome singleWon(Event e) {
      interrupt(agenticThread);
      RaceWinner winner = config.enabled() ? RaceWinner.FALLBACK : null;
      return outcome((ReviewResult) e.value(), null, winner, false, null);
    }

    CommitReviewOutcome failed(ReviewUnavailable failure) {
      return outcome(null, failure, null, false, null);
    }

    CommitReviewOutcome timedOut() {
      interrupt(agenticThread);
      interrupt(singleThread);
      log.accept("commit review: no review finished within " + maxWait.toSeconds() + " s");
      ReviewUnavailable failure = new ReviewUnavailable(Reason.DEADLINE, -1, "the review did not finish in time");
      return outcome(null, failure, null, true, null);
    }

    private CommitReviewOutcome outcome(ReviewResult result, ReviewUnavailable failure, RaceWinner winner,
        boolean timedOut, AgenticStats stats) {
      LoopStats loop = stats != null ? stats.loop() : agenticThread == null ? null : agentic.lastLoopStats();
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      return new CommitReviewOutcome(result, failure, winner, fallback, raceStarted, timedOut, stats, loop, ms);
    }

    private void interrupt(Thread t) {
      if (t != null && t.isAlive()) {
        t.interrupt();
      }
    }
  }
}
