package org.securityguidance.rules.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securityguidance.rules.Detector;
import org.securityguidance.rules.Detector.Span;
import org.securityguidance.rules.ScanText;

class SecretDetectorContractTest {
  private final FakeSecrets fake = new FakeSecrets(99L);

  @Test
  void spansAreInOffsetOrderAndFirstOnlyReturnsTheEarliest() {
    String github = fake.github('p');
    String password = fake.password(16);
    String stripe = fake.stripeLive();
    String text = "a = \"" + github + "\"\npassword = \"" + password + "\"\nb = '" + stripe + "'\n";
    Detector detector = new SecretDetector();

    List<Span> all = detector.find(new ScanText("src/app.py", text), false);
    assertThat(all).containsExactly(
        new Span(text.indexOf(github), github.length()),
        new Span(text.indexOf(password), password.length()),
        new Span(text.indexOf(stripe), stripe.length()));
    assertThat(detector.find(new ScanText("src/app.py", text), true)).containsExactly(all.get(0));
  }

  @Test
  void emptyOrSkippedInputYieldsNothing() {
    Detector detector = new SecretDetector();
    assertThat(detector.find(new ScanText("src/app.py", ""), false)).isEmpty();
    assertThat(detector.find(new ScanText("dist/app.min.js", "k = \"" + fake.github('p') + "\""), false)).isEmpty();
    assertThat(SecretDetector.scansPath("dist/app.js.map")).isFalse();
    assertThat(SecretDetector.scansPath("src/app.js")).isTrue();
  }

  @Test
  void hitsAreCappedPerText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < SecretDetector.MAX_HITS + 50; i++) {
      text.append(fake.github('p')).append('\n');
    }
    assertThat(new SecretDetector().findSecrets("keys.txt", text.toString())).hasSize(SecretDetector.MAX_HITS);
  }

  @Test
  void windowsStyleLineEndingsDoNotChangeSpans() {
    String password = fake.password(16);
    String text = "DB_USER=app\r\nDB_PASSWORD=" + password + "\r\n";
    List<SecretHit> hits = new SecretDetector().findSecrets(".env", text);
    assertThat(hits).extracting(SecretHit::offset).containsExactly(text.indexOf(password));
    assertThat(hits).extracting(SecretHit::length).containsExactly(password.length());
  }
}
