package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TestClients.LogSink;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.review.fake.RecordedRequest;
import org.securityguidance.sys.Deadline;

/** Backoff lists, attempt counts, the sticky 401 switch and the deadline, over real loopback HTTP. */
class RetryingMessagesClientTest {
  private final FakeMessagesServer server = FakeMessagesServer.start();
  private final FakeTime time = new FakeTime();
  private final LogSink log = new LogSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private MessagesClient retrying(RetryPolicy policy, CredentialSelector creds, Deadline deadline) {
    HttpMessagesClient http = new HttpMessagesClient(TestClients.http(),
        TestClients.endpoint(server.baseUrl(), List.of()), creds, Duration.ofSeconds(10), deadline, log);
    return new RetryingMessagesClient(http, time, policy, deadline, creds, log);
  }

  private MessagesClient retrying(RetryPolicy policy) {
    return retrying(policy, new CredentialSelector("sk-k", null), time.deadline(Duration.ofMinutes(5)));
  }


  @Test
  void rateLimitedTwiceThenOk() throws Exception {
    server.enqueue(FakeReply.error(429, "rate_limit_error"), FakeReply.error(429, "rate_limit_error"),
        FakeReply.messageWithJson("{\"findings\":[]}"));
    MessagesResponse r = retrying(RetryPolicy.primary()).send(TestClients.request("claude-opus-5-5"));
    assertThat(r.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void rateLimitedThreeTimesGivesUp() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(FakeReply.error(429, "rate_limit_error"));
    }
    ReviewUnavailable e = TestClients.unavailable(retrying(RetryPolicy.primary()));
    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void retryAfterIsHonouredAndCapped() throws Exception {
    server.enqueue(FakeReply.error(429, "rate_limit_error").withHeader("retry-after", "7"),
        FakeReply.error(429, "rate_limit_error").withHeader("retry-after", "3600"), FakeReply.messageWithJson("{}"));
    retrying(RetryPolicy.primary()).send(TestClients.request("m"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
  }

  @Test
  void serverErrorsAreFinalOnThePrimaryLeg() {
    server.enqueue(FakeReply.error(529, "overloaded_error"));
    ReviewUnavailable e = TestClients.unavailable(retrying(RetryPolicy.primary()));
    assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
    assertThat(e.httpStatus()).isEqualTo(529);
    assertThat(time.sleeps).isEmpty();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetriedOnTheFallbackLeg() {
    server.enqueue(FakeReply.error(500, "api_error"), FakeReply.error(502, "api_error"),
        FakeReply.error(503, "api_error"));
    ReviewUnavailable e = TestClients.unavailable(retrying(RetryPolicy.fallbackLeg()));
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void droppedConnectionsAreRetried() throws Exception {
    server.enqueue(FakeReply.drop(), FakeReply.drop(), FakeReply.messageWithJson("{}"));
    retrying(RetryPolicy.primary()).send(TestClients.request("m"));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void unauthorizedKeySwitchesToTheTokenForTheRestOfTheProcess() throws Exception {
    CredentialSelector creds = new CredentialSelector("sk-key", "tok-sub");
    server.enqueue(FakeReply.error(401, "authentication_error"), FakeReply.messageWithJson("{}"),
        FakeReply.messageWithJson("{}"));
    MessagesClient client = retrying(RetryPolicy.primary(), creds, time.deadline(Duration.ofMinutes(5)));
    client.send(TestClients.request("m"));
    client.send(TestClients.request("m"));

    List<RecordedRequest> sent = server.requests();
    assertThat(sent.get(0).header("x-api-key")).isEqualTo("sk-key");
    assertThat(sent.get(1).header("authorization")).isEqualTo("Bearer tok-sub");
    assertThat(sent.get(1).header("x-api-key")).isNull();
    assertThat(sent.get(1).header("anthropic-beta")).contains("oauth-2025-04-20");
    assertThat(sent.get(2).header("authorization")).isEqualTo("Bearer tok-sub");
    assertThat(time.sleeps).isEmpty();
    assertThat(creds.usingToken()).isTrue();
    assertThat(log.all()).doesNotContain("sk-key", "tok-sub");
  }

  @Test
  void unauthorizedWithoutATokenIsFinal() {
    server.enqueue(FakeReply.error(401, "authentication_error"));
    ReviewUnavailable e = TestClients.unavailable(retrying(RetryPolicy.primary()));
    assertThat(e.reason()).isEqualTo(Reason.AUTH);
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void unauthorizedTokenIsFinalToo() {
    server.enqueue(FakeReply.error(401, "authentication_error"));
    MessagesClient client = retrying(RetryPolicy.primary(), new CredentialSelector(null, "tok"),
        time.deadline(Duration.ofMinutes(5)));
    assertThat(TestClients.unavailable(client).reason()).isEqualTo(Reason.AUTH);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void switchOnTheLastAttemptStillReportsTheUnauthorized() {
    CredentialSelector creds = new CredentialSelector("sk-key", "tok-sub");
    server.enqueue(FakeReply.error(429, "rate_limit_error"), FakeReply.error(429, "rate_limit_error"),
        FakeReply.error(401, "authentication_error"));
    ReviewUnavailable e = TestClients.unavailable(retrying(RetryPolicy.primary(), creds, time.deadline(Duration.ofMinutes(5))));
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(creds.usingToken()).isTrue();
  }

  @Test
  void forbiddenAndNotFoundAreNotRetried() {
    server.enqueue(FakeReply.error(403, "permission_error"), FakeReply.error(404, "not_found_error"));
    assertThat(TestClients.unavailable(retrying(RetryPolicy.fallbackLeg())).reason()).isEqualTo(Reason.AUTH);
    assertThat(TestClients.unavailable(retrying(RetryPolicy.fallbackLeg())).reason()).isEqualTo(Reason.MODEL_NOT_FOUND);
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void neverSleepsPastTheDeadline() {
    server.enqueue(FakeReply.error(429, "rate_limit_error"), FakeReply.error(429, "rate_limit_error"),
        FakeReply.messageWithJson("{}"));
    MessagesClient client = retrying(RetryPolicy.primary(), new CredentialSelector("k", null),
        time.deadline(Duration.ofSeconds(8)));
    ReviewUnavailable e = TestClients.unavailable(client);
    assertThat(e.reason()).isEqualTo(Reason.DEADLINE);
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5));
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aSlowServerCannotOutlastTheDeadline() {
    server.enqueue(FakeReply.messageWithJson("{}").delayed(3000), FakeReply.messageWithJson("{}").delayed(3000));
    Deadline deadline = Deadline.after(Clock.systemUTC(), Duration.ofMillis(400));
    HttpMessagesClient http = new HttpMessagesClient(TestClients.http(),
        TestClients.endpoint(server.baseUrl(), List.of()), new CredentialSelector("k", null),
        Duration.ofSeconds(120), deadline, log);
    MessagesClient client = new RetryingMessagesClient(http, time, RetryPolicy.primary(), deadline, null, log);
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.send(TestClients.request("m")))
        .isInstanceOfSatisfying(ReviewUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
