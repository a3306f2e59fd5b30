package org.securityguidance.rules.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securityguidance.json.Json;
import org.securityguidance.json.JsonException;

/**
 * Reads one {@code security-patterns} file into its top-level object: at most {@link #MAX_BYTES}, strict UTF-8 (a
 * leading BOM is dropped), JSON for {@code .json} and the {@link YamlSubset} otherwise. Every failure is a
 * {@link BadPatternFile} for this file only.
 */
final class PatternFileReader {
  static final int MAX_BYTES = 256 * 1024;

  private PatternFileReader() {}

  /**
   * The entries of the document's {@code patterns} list (none when the key is absent), or empty when the file is
   * blank or comment-only (spec §4.7: ignored).
   */
  static Optional<List<?>> read(Path file) throws BadPatternFile {
    if (!Files.isRegularFile(file)) {
      // A FIFO or device here would block or never end; a directory is simply wrong.
      throw new BadPatternFile("not a regular file");
    }
    String text = decode(bytes(file));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    Object doc = parse(text, file.getFileName().toString().endsWith(".json"));
    if (doc == Json.NULL) {
      return Optional.empty();
    }
    if (!(doc instanceof Map<?, ?> map)) {
      throw new BadPatternFile("the top level is not an object (expected {\"patterns\": [...]})");
    }
    Object patterns = map.get("patterns");
    if (patterns == null || patterns == Json.NULL) {
      return Optional.of(List.of());
    }
    if (!(patterns instanceof List<?> list)) {
      throw new BadPatternFile("'patterns' is not a list");
    }
    return Optional.of(list);
  }

  private static byte[] bytes(Path file) throws BadPatternFile {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new BadPatternFile("larger than " + MAX_BYTES / 1024 + " KiB");
      }
      return bytes;
    } catch (IOException e) {
      throw new BadPatternFile("unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String decode(byte[] bytes) throws BadPatternFile {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadPatternFile("not valid UTF-8");
    }
  }

  private static Object parse(String text, boolean json) throws BadPatternFile {
    try {
      return json ? Json.parse(text) : YamlSubset.parse(text);
    } catch (JsonException e) {
      throw new BadPatternFile("not valid JSON: " + e.getMessage());
    } catch (YamlException e) {
      throw new BadPatternFile("not valid YAML or outside the supported subset: " + e.getMessage());
    }
  }
}
