package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securityguidance.rules.secret.KeyNames.NameClass;

class KeyNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"password", "DB_PASSWORD", "dbPassword", "passwd", "pwd", "db_pass", "passphrase", "secret",
      "client_secret", "clientSecret", "SECRET_KEY", "SECRET_KEY_BASE", "api_key", "apiKey", "APIKey", "x-api-key",
      "API-KEY", "apikey", "access_token", "authToken", "id_token", "refresh_token", "auth", "Authorization",
      "private_key", "privateKey", "signing_key", "credentials", "spring.datasource.password", "this.password",
      "self.api_key", "$password", "webhookSecret", "MASTER_PASSWORD", "github_token", "app_key", "encryption_key"})
  void secretNamesAreRecognised(String name) {
    assertThat(KeyNames.classify(name)).isNotEqualTo(NameClass.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password_length", "passwordMinLength", "token_url", "tokenUrl", "secret_name", "secretName",
      "api_key_env", "apiKeyHeader", "password_hash", "passwordHash", "token_sha256", "api_key_md5", "checksum",
      "tokenizer", "max_tokens", "public_key", "publishable_key", "csrf_token", "xsrfToken", "password_field",
      "aws_access_key_id", "TOKEN_KEY", "password_key", "key", "author", "authority", "keyboard", "monkey",
      "getPassword", "isAuthenticated", "hasToken", "validate_password", "password_reset", "next_page_token",
      "token_type", "secretRef", "password_file", "private_key_path", "auth_url", "auth_user", "fake_token",
      "test_password", "mock_api_key", "passwordPlaceholder", "secret_version"})
  void nonSecretNamesAreRejected(String name) {
    assertThat(KeyNames.classify(name)).isEqualTo(NameClass.NONE);
  }

  @Test
  void awsSecretNamesHaveTheirOwnClass() {
    assertThat(KeyNames.classify("aws_secret_access_key")).isEqualTo(NameClass.AWS_SECRET);
    assertThat(KeyNames.classify("SecretAccessKey")).isEqualTo(NameClass.AWS_SECRET);
    assertThat(KeyNames.classify("AWS_SECRET")).isEqualTo(NameClass.AWS_SECRET);
    assertThat(KeyNames.classify("aws_session_token")).isEqualTo(NameClass.SECRET);
  }

  @Test
  void onlySettersAndBareSecretNamesAreCallSinks() {
    assertThat(KeyNames.isSecretSink("setPassword")).isTrue();
    assertThat(KeyNames.isSecretSink("client.setApiKey")).isTrue();
    assertThat(KeyNames.isSecretSink("withToken")).isTrue();
    assertThat(KeyNames.isSecretSink("apiKey")).isTrue();
    assertThat(KeyNames.isSecretSink("builder.password")).isTrue();
    assertThat(KeyNames.isSecretSink("get_secret")).isFalse();
    assertThat(KeyNames.isSecretSink("decodeToken")).isFalse();
    assertThat(KeyNames.isSecretSink("check_password")).isFalse();
  }

  @Test
  void segmentsSplitSeparatorsAndCamelCase() {
    assertThat(KeyNames.segments("getAPIKey")).containsExactly("get", "api", "key");
    assertThat(KeyNames.segments("x-api-key")).containsExactly("x", "api", "key");
    assertThat(KeyNames.segments("SECRET_KEY_BASE")).containsExactly("secret", "key", "base");
    assertThat(KeyNames.segments("sha256Hash")).containsExactly("sha256", "hash");
  }
}
