package org.securityguidance.review.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on an ephemeral 127.0.0.1 port that plays scripted {@link FakeReply replies} to whatever it is
 * sent and records every request, so transport and flow tests exercise real sockets without reaching the network.
 *
 * <p>Replies come from the FIFO queue first ({@link #enqueue}); when it is empty the fallback function answers
 * (by default a 500 that names the unscripted request, so a test that sends more than it scripted fails loudly).
 */
public final class FakeMessagesServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Deque<FakeReply> queue = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private Function<RecordedRequest, FakeReply> fallback =
      r -> FakeReply.json(500, "{\"type\":\"error\",\"error\":{\"type\":\"unscripted_request\"}}");

  private FakeMessagesServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 with an ephemeral port. */
  public static FakeMessagesServer start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-messages-server");
        t.setDaemon(true);
        return t;
      });
      FakeMessagesServer fake = new FakeMessagesServer(http, pool);
      http.createContext("/", fake::handle);
      http.setExecutor(pool);
      http.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Messages server", e);
    }
  }

  /** {@code http://127.0.0.1:<port>} without a trailing slash (what {@code ANTHROPIC_BASE_URL} would hold). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Appends replies to the queue, answered in order. */
  public synchronized FakeMessagesServer enqueue(FakeReply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  /** Sets the function that answers once the queue is empty. */
  public synchronized FakeMessagesServer respondWith(Function<RecordedRequest, FakeReply> function) {
    this.fallback = function;
    return this;
  }

  /** Every request received so far, in arrival order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The number of requests received so far. */
  public synchronized int requestCount() {
    return requests.size();
  }

  /** The most recent request; fails when there was none. */
  public synchronized RecordedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("no request received");
    }
    return requests.get(requests.size() - 1);
  }

  /** Scripted replies not yet consumed. */
  public synchronized int pendingReplies() {
    return queue.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest recorded = record(exchange);
      FakeReply reply;
      synchronized (this) {
        requests.add(recorded);
        reply = queue.isEmpty() ? fallback.apply(recorded) : queue.poll();
      }
      play(exchange, reply);
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach(
        (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
        new String(body, StandardCharsets.UTF_8));
  }

  private static void play(HttpExchange exchange, FakeReply reply) throws IOException {
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (reply.dropConnection()) {
      // Closing before any header is sent makes the JDK server close the socket: the client sees a reset.
      return;
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = reply.body();
    boolean head = exchange.getRequestMethod().equals("HEAD");
    long declared = head || body.length == 0 ? -1 : body.length;
    exchange.sendResponseHeaders(reply.status(), declared);
    if (head || body.length == 0) {
      return;
    }
    OutputStream out = exchange.getResponseBody();
    int sent = reply.truncateAt() >= 0 ? Math.min(reply.truncateAt(), body.length) : body.length;
    out.write(body, 0, sent);
    out.flush();
    if (sent < body.length) {
      // Fewer bytes than Content-Length, then an exception out of the handler: the JDK server closes the socket.
      throw new IOException("scripted truncation");
    }
  }
}
