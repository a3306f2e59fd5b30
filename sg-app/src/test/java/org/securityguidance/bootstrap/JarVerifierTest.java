package org.securityguidance.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.bootstrap.JarVerifier.Status;

class JarVerifierTest {
  @TempDir Path dir;

  private Path jar(String content) throws IOException {
    return Files.writeString(dir.resolve("security-guidance.jar"), content);
  }

  private void sidecar(Path jar, String text) throws IOException {
    Files.writeString(jar.resolveSibling(jar.getFileName() + ".sha256"), text);
  }

  @Test
  void aMatchingSidecarInSha256sumFormatVerifies() throws IOException {
    Path jar = jar("abc");
    // Known SHA-256 of "abc" (FIPS 180-2 test vector).
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    sidecar(jar, abc.toUpperCase() + "  security-guidance.jar\n");
    JarVerifier.Verdict v = JarVerifier.verify(jar);
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.sha256()).isEqualTo(abc);
  }

  @Test
  void oneChangedByteIsAMismatch() throws IOException {
    Path jar = jar("abc");
    sidecar(jar, JarVerifier.sha256(jar));
    Files.writeString(jar, "abd");
    assertThat(JarVerifier.verify(jar).status()).isEqualTo(Status.MISMATCH);
  }

  @Test
  void missingOrGarbledSidecarAndMissingJar() throws IOException {
    Path jar = jar("abc");
    assertThat(JarVerifier.verify(jar).status()).isEqualTo(Status.SIDECAR_MISSING);
    sidecar(jar, "not a hash");
    assertThat(JarVerifier.verify(jar).status()).isEqualTo(Status.SIDECAR_MISSING);
    sidecar(jar, "");
    assertThat(JarVerifier.verify(jar).status()).isEqualTo(Status.SIDECAR_MISSING);
    assertThat(JarVerifier.verify(dir.resolve("nope.jar")).status()).isEqualTo(Status.JAR_MISSING);
    assertThat(JarVerifier.verify(null).status()).isEqualTo(Status.JAR_MISSING);
    assertThat(JarVerifier.verify(dir).status()).isEqualTo(Status.JAR_MISSING);
  }
}
