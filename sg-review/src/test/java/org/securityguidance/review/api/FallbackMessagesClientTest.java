package org.securityguidance.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securityguidance.review.api.ReviewUnavailable.Reason;
import org.securityguidance.review.api.TestClients.LogSink;
import org.securityguidance.review.fake.FakeMessagesServer;
import org.securityguidance.review.fake.FakeReply;
import org.securityguidance.sys.Deadline;

/** Primary then fallback model over real HTTP: which failures earn the second model, and the request sequence. */
class FallbackMessagesClientTest {
  private final FakeMessagesServer server = FakeMessagesServer.start();
  private final FakeTime time = new FakeTime();
  private final LogSink log = new LogSink();

  @AfterEach
  void stop() {
    server.close();
  }

  private MessagesClient client(String fallbackModel) {
    Deadline deadline = time.deadline(Duration.ofMinutes(5));
    CredentialSelector creds = new CredentialSelector("sk-k", null);
    HttpMessagesClient http = new HttpMessagesClient(TestClients.http(),
        TestClients.endpoint(server.baseUrl(), List.of()), creds, Duration.ofSeconds(10), deadline, log);
    return new FallbackMessagesClient(
        new RetryingMessagesClient(http, time, RetryPolicy.primary(), deadline, creds, log),
        new RetryingMessagesClient(http, time, RetryPolicy.fallbackLeg(), deadline, creds, log),
        fallbackModel, log);
  }

  private List<Object> models() {
    return server.requests().stream().map(r -> r.json().get("model")).toList();
  }


  @Test
  void serverErrorOnPrimaryFallsBackWithServerRetries() throws Exception {
    server.enqueue(FakeReply.error(500, "api_error"), FakeReply.error(529, "overloaded_error"),
        FakeReply.messageWithJson("{\"findings\":[]}"));
    MessagesResponse r = client("claude-sonnet-5").send(TestClients.request("claude-opus-5-5"));
    assertThat(r.firstText()).isEqualTo("{\"findings\":[]}");
    assertThat(models()).containsExactly("claude-opus-5-5", "claude-sonnet-5", "claude-sonnet-5");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(log.all()).contains("fallback: claude-opus-5-5 failed SERVER_ERROR");
  }

  @Test
  void retiredModelFallsBack() throws Exception {
    server.enqueue(FakeReply.error(404, "not_found_error"), FakeReply.messageWithJson("{}"));
    client("claude-sonnet-5").send(TestClients.request("claude-opus-5-5"));
    assertThat(models()).containsExactly("claude-opus-5-5", "claude-sonnet-5");
  }

  @Test
  void refusalFallsBack() throws Exception {
    server.enqueue(FakeReply.refusal(), FakeReply.messageWithJson("{}"));
    client("claude-sonnet-5").send(TestClients.request("claude-opus-5-5"));
    assertThat(models()).containsExactly("claude-opus-5-5", "claude-sonnet-5");
  }

  @Test
  void authAndClientErrorsDoNotPayForASecondModel() {
    server.enqueue(FakeReply.error(401, "authentication_error"), FakeReply.error(403, "permission_error"),
        FakeReply.error(400, "invalid_request_error"));
    assertThat(TestClients.unavailable(client("claude-sonnet-5")).reason()).isEqualTo(Reason.AUTH);
    assertThat(TestClients.unavailable(client("claude-sonnet-5")).reason()).isEqualTo(Reason.AUTH);
    assertThat(TestClients.unavailable(client("claude-sonnet-5")).reason()).isEqualTo(Reason.CLIENT_ERROR);
    assertThat(models()).containsOnly("claude-opus-5-5").hasSize(3);
  }

  @Test
  void anExplicitModelNeverFallsBack() {
    server.enqueue(FakeReply.error(404, "not_found_error"));
    assertThat(TestClients.unavailable(client(null)).reason()).isEqualTo(Reason.MODEL_NOT_FOUND);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void bothLegsFailingReportsTheFallbackFailureWithThePrimaryAttached() {
    server.enqueue(FakeReply.error(404, "not_found_error"), FakeReply.error(404, "not_found_error"));
    ReviewUnavailable e = TestClients.unavailable(client("claude-sonnet-5"));
    assertThat(e.reason()).isEqualTo(Reason.MODEL_NOT_FOUND);
    assertThat(e.getSuppressed()).hasSize(1);
    assertThat(models()).containsExactly("claude-opus-5-5", "claude-sonnet-5");
  }
}
