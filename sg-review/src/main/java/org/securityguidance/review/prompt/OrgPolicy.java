package org.securityguidance.review.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The user's and project's {@code claude-security-guidance.md} files (spec llm-review §5.6): user, then project, then
 * project-local, each under a {@code ### <Label> security guidance} heading, joined by blank lines and cut to
 * {@link #BUDGET_CHARS} code points (the tail, so local text is lost first). The prompt frames the result as
 * adding checks, never removing them.
 *
 * <p>Improvements on the original: an unreadable or non-UTF-8 file is skipped on its own (logged by path) instead of
 * discarding every policy; only regular files are read, so a FIFO planted at the path cannot block the hook; and the
 * project's files may not be symbolic links.
 */
public record OrgPolicy(String text, List<String> sources, int skippedFiles, boolean truncated) {
  public static final String FILE_NAME = "claude-security-guidance.md";
  public static final String LOCAL_FILE_NAME = "claude-security-guidance.local.md";
  public static final int BUDGET_CHARS = 8 * 1024;
  /** Bytes read per file: enough for the whole budget in 4-byte UTF-8, plus one partial sequence. */
  static final int MAX_READ_BYTES = BUDGET_CHARS * 4 + 4;

  public static final OrgPolicy NONE = new OrgPolicy("", List.of(), 0, false);

  public OrgPolicy {
    sources = List.copyOf(sources);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Reads the policy files under {@code home/.claude} and, when {@code cwdOrNull} is set, {@code cwd/.claude}. */
  public static OrgPolicy load(Path home, Path cwdOrNull, Consumer<String> log) {
    List<Source> candidates = new ArrayList<>();
    if (home != null) {
      candidates.add(new Source("User", home.resolve(".claude").resolve(FILE_NAME), true));
    }
    if (cwdOrNull != null) {
      Path dir = cwdOrNull.resolve(".claude");
      candidates.add(new Source("Project", dir.resolve(FILE_NAME), false));
      candidates.add(new Source("Project (local)", dir.resolve(LOCAL_FILE_NAME), false));
    }
    List<String> parts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    int skipped = 0;
    for (Source source : candidates) {
      ReadResult r = read(source, log);
      skipped += r.skipped() ? 1 : 0;
      if (r.text() != null && !r.text().isBlank()) {
        parts.add("### " + source.label() + " security guidance\n" + r.text().strip());
        sources.add(source.label());
      }
    }
    String joined = String.join("\n\n", parts);
    String text = Texts.head(joined, BUDGET_CHARS);
    boolean truncated = text.length() < joined.length();
    if (truncated) {
      log.accept("org policy: combined guidance cut to " + BUDGET_CHARS + " chars");
    }
    return new OrgPolicy(text, sources, skipped, truncated);
  }

  private static ReadResult read(Source source, Consumer<String> log) {
    Path path = source.path();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return ReadResult.ABSENT;
    }
    // A repository could plant the project file as a link to a secret elsewhere (~/.aws/credentials) and have it
    // sent to the model; only the user's own file may be a link.
    if (!source.mayBeLink() && Files.isSymbolicLink(path)) {
      return skip(log, "symbolic link in the project", path);
    }
    if (!Files.isRegularFile(path)) {
      return skip(log, "not a regular file", path);
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_READ_BYTES);
      boolean cut = in.read() >= 0;
      return new ReadResult(decode(bytes, cut), false);
    } catch (CharacterCodingException e) {
      return skip(log, "not UTF-8", path);
    } catch (IOException | RuntimeException e) {
      return skip(log, e.getClass().getSimpleName(), path);
    }
  }

  private static ReadResult skip(Consumer<String> log, String why, Path path) {
    log.accept("org policy: skipped (" + why + "): " + path);
    return new ReadResult(null, true);
  }

  /** Strict UTF-8; when the read was cut, a partial trailing sequence is dropped rather than reported. */
  private static String decode(byte[] bytes, boolean cut) throws CharacterCodingException {
    int length = cut ? completeUtf8Prefix(bytes) : bytes.length;
    String s = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, 0, length))
        .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static int completeUtf8Prefix(byte[] bytes) {
    int end = bytes.length;
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    int lead = end - back - 1;
    if (lead < 0) {
      return end;
    }
    int b = bytes[lead] & 0xFF;
    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return need == back + 1 ? end : lead;
  }

  private record Source(String label, Path path, boolean mayBeLink) {}

  private record ReadResult(String text, boolean skipped) {
    static final ReadResult ABSENT = new ReadResult(null, false);
  }
}
