package org.securityguidance.review.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap and remembers the status line, so a failure while reading the body can
 * still be attributed to the status that arrived (a 200 cut short is a bad response, not a network error).
 */
final class CappedBodyHandler implements HttpResponse.BodyHandler<byte[]> {
  private final int cap;
  private volatile int status = -1;
  private volatile long retryAfterMillis = -1;
  private volatile boolean tooLarge;
  private volatile Flow.Subscription subscription;

  CappedBodyHandler(int cap) {
    this.cap = cap;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    status = info.statusCode();
    retryAfterMillis = retryAfter(info.headers());
    return new Collector();
  }

  /** The status once headers arrived, else -1. */
  int status() {
    return status;
  }

  long retryAfterMillis() {
    return retryAfterMillis;
  }

  boolean tooLarge() {
    return tooLarge;
  }

  /** Stops reading the body (on timeout), so the connection does not linger. */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  /** {@code retry-after-ms}, else {@code retry-after} in (possibly fractional) seconds; dates are ignored. */
  static long retryAfter(HttpHeaders headers) {
    try {
      var ms = headers.firstValue("retry-after-ms");
      if (ms.isPresent()) {
        double v = Double.parseDouble(ms.get().trim());
        return v >= 0 && v < 1e9 ? (long) v : -1;
      }
      var seconds = headers.firstValue("retry-after");
      if (seconds.isPresent() && seconds.get().trim().toLowerCase(Locale.ROOT).matches("[0-9]{1,7}(\\.[0-9]{1,3})?")) {
        return (long) (Double.parseDouble(seconds.get().trim()) * 1000);
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private final class Collector implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        if (result.isDone()) {
          return;
        }
        if ((long) buffer.size() + item.remaining() > cap) {
          tooLarge = true;
          subscription.cancel();
          result.completeExceptionally(new IOException("response body over " + cap + " bytes"));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        buffer.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(buffer.toByteArray());
    }
  }
}
