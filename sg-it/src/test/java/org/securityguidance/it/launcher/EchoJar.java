package org.securityguidance.it.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds a tiny runnable jar that prints what the launcher handed it: arguments, cwd, env and encodings. */
final class EchoJar {
  private static final String SOURCE =
      "public class Echo {\n"
          + "  public static void main(String[] args) {\n"
          + "    System.out.println(\"cwd=\" + System.getProperty(\"user.dir\"));\n"
          + "    System.out.println(\"src=\" + System.getenv(\"SG_JRE_SRC\"));\n"
          + "    System.out.println(\"stdout.encoding=\" + System.getProperty(\"stdout.encoding\"));\n"
          + "    System.out.println(\"file.encoding=\" + System.getProperty(\"file.encoding\"));\n"
          + "    for (String a : args) System.out.println(\"arg=\" + a);\n"
          + "  }\n"
          + "}\n";

  private EchoJar() {}

  static Path build(Path dir) {
    try {
      Path src = Files.createDirectories(dir.resolve("echo-src")).resolve("Echo.java");
      Path classes = Files.createDirectories(dir.resolve("echo-classes"));
      Files.writeString(src, SOURCE);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      int rc = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), src.toString());
      if (rc != 0) {
        throw new IllegalStateException("javac failed: " + rc);
      }
      return jarOf(classes, "Echo", dir.resolve("echo.jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Packs {@code classes/<mainClass>.class} into a runnable {@code jar} whose manifest names {@code mainClass}. */
  static Path jarOf(Path classes, String mainClass, Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jos = new JarOutputStream(out, manifest)) {
      jos.putNextEntry(new JarEntry(mainClass + ".class"));
      jos.write(Files.readAllBytes(classes.resolve(mainClass + ".class")));
      jos.closeEntry();
    }
    return jar;
  }
}
