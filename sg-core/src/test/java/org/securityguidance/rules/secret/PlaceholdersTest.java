package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {
  @ParameterizedTest
  @ValueSource(strings = {"changeme", "CHANGE_ME_PLEASE", "P@ssw0rd!", "s3cr3t-v4lu3", "<your-token>", "${API_KEY}",
      "{{ token }}", "%s", "your_api_key", "example-key-1", "dummy123", "test-key-abc", "sample_value", "REDACTED",
      "TODO-fill", "xxxxxxxxxxxx", "********", "sk-...", "aaaaaaaa", "abababab", "k123456z", "zyxwvuts",
      "GITHUB_TOKEN", "settings.SECRET_KEY", "/etc/ssl/private/server.key", "./certs/key.pem", "C:\\keys\\a.pfx",
      "https://vault.internal/v1/secret", "op://Private/item/field", "vault:secret/data/x#y", "!vault |",
      "arn:aws:secretsmanager:eu-west-1:1:secret:x", "ENC[AES256_GCM,data:x]", "application/json",
      "keys/prod.json", "process.env.TOKEN"})
  void standInsAreRecognised(String value) {
    assertThat(Placeholders.isStandIn(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Xk9mP2vL7nQ4", "a8F3kq9ZLm2Wx7Rt", "wJq9/K7mDnG+bPxRf1CY4aB2c3D", "7f3a9c2e41d8b6f0"})
  void randomValuesAreNotStandIns(String value) {
    assertThat(Placeholders.isStandIn(value)).isFalse();
  }
}
