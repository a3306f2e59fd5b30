package org.securityguidance.rules.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Builds fake keys at run time from split prefixes and a seeded generator, so this repository never contains a literal
 * that another scanner would take for a live key. Same seed, same keys: failures are reproducible.
 */
final class FakeSecrets {
  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String URL_SAFE = ALNUM + "-_";
  static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String BASE64 = ALNUM + "+/";
  static final String HEX = "0123456789abcdef";

  private final Random random;

  FakeSecrets(long seed) {
    this.random = new Random(seed);
  }

  String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  String anthropic() {
    return "sk-" + "ant-" + "api03-" + chars(URL_SAFE, 93) + "AA";
  }

  String anthropicAdmin() {
    return "sk-" + "ant-" + "admin01-" + chars(URL_SAFE, 93) + "AA";
  }

  String openAiProject() {
    return "sk-" + "proj-" + chars(URL_SAFE, 74) + "T3Blbk" + "FJ" + chars(URL_SAFE, 74);
  }

  String openAiLegacy() {
    return "sk-" + chars(ALNUM, 20) + "T3Blbk" + "FJ" + chars(ALNUM, 20);
  }

  String awsAccessKeyId() {
    return "AK" + "IA" + chars(UPPER_ALNUM, 16);
  }

  String awsSecretKey() {
    return chars(BASE64, 40);
  }

  String github(char type) {
    return "gh" + type + "_" + chars(ALNUM, 36);
  }

  String githubFineGrained() {
    return "github" + "_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59);
  }

  String gitlab() {
    return "gl" + "pat-" + chars(URL_SAFE, 20);
  }

  String slackBot() {
    return "xo" + "xb-" + chars("0123456789", 12) + "-" + chars("0123456789", 13) + "-" + chars(ALNUM, 24);
  }

  String slackWebhook() {
    return "https://hooks." + "slack.com/services/T" + chars(UPPER_ALNUM, 8) + "/B" + chars(UPPER_ALNUM, 10) + "/"
        + chars(ALNUM, 24);
  }

  String stripeLive() {
    return "sk" + "_live_" + chars(ALNUM, 24);
  }

  String google() {
    return "AI" + "za" + chars(URL_SAFE, 35);
  }

  String sendGrid() {
    return "S" + "G." + chars(URL_SAFE, 22) + "." + chars(URL_SAFE, 43);
  }

  String npm() {
    return "np" + "m_" + chars(ALNUM, 36);
  }

  String pypi() {
    return "py" + "pi-" + "AgEIcHlwaS5vcmc" + chars(URL_SAFE, 140);
  }

  String huggingFace() {
    return "h" + "f_" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34);
  }

  String groq() {
    return "gs" + "k_" + chars(ALNUM, 52);
  }

  String replicate() {
    return "r" + "8_" + chars(ALNUM, 37);
  }

  String digitalOcean() {
    return "do" + "p_v1_" + chars(HEX, 64);
  }

  String shopify() {
    return "shp" + "at_" + chars(HEX, 32);
  }

  String azureStorageKey() {
    return "Account" + "Key=" + chars(BASE64, 86) + "==";
  }

  /** A PEM block with a random base64 body of {@code lines} 64-character lines. */
  String privateKey(String type, int lines) {
    StringBuilder sb = new StringBuilder("-----" + "BEGIN " + type + "PRIVATE KEY-----\n");
    for (int i = 0; i < lines; i++) {
      sb.append(chars(BASE64, 64)).append('\n');
    }
    return sb.append("-----END ").append(type).append("PRIVATE KEY-----").toString();
  }

  /** A signed-looking JWT with a real JSON header and payload and a random signature. */
  String jwt() {
    String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String payload = b64url("{\"sub\":\"" + chars(ALNUM, 12) + "\",\"iat\":1700000000}");
    return header + "." + payload + "." + chars(URL_SAFE, 43);
  }

  static String b64url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A generated password-like value: mixed classes, no words. */
  String password(int n) {
    return chars(ALNUM + "!#%&*+=?^~", n);
  }
}
