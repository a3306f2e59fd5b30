package org.securityguidance.review.api;

/**
 * Sends one Messages API request and returns the model's reply. Implementations: the direct HTTP client, the
 * retrying/credential-switching decorators, the third-party path through the user's {@code claude} CLI, and fakes
 * in tests. Every failure is a {@link ReviewUnavailable} with a countable reason — never an empty "no findings".
 */
public interface MessagesClient {
  MessagesResponse send(MessagesRequest request) throws ReviewUnavailable;
}
