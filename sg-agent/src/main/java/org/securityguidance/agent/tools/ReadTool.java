package org.securityguidance.agent.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Map;
import org.securityguidance.agent.sandbox.BinarySniff;
import org.securityguidance.agent.sandbox.ConfinedFile;
import org.securityguidance.agent.sandbox.Refusal;
import org.securityguidance.agent.sandbox.RepoSandbox;
import org.securityguidance.agent.sandbox.Resolution;

/**
 * Read: numbered lines of one repository file from a 1-based line {@code offset}, at most {@code limit} lines and
 * {@link ToolLimits#resultBytes()} of text, reading at most {@link ToolLimits#readScanBytes()} from disk.
 */
public final class ReadTool implements Tool {
  private final RepoSandbox sandbox;
  private final ToolLimits limits;
  private final ToolCounters counters;

  /** A Read tool with its own counters (use {@link ToolSet} to share them). */
  public ReadTool(RepoSandbox sandbox, ToolLimits limits) {
    this(sandbox, limits, new ToolCounters());
  }

  ReadTool(RepoSandbox sandbox, ToolLimits limits, ToolCounters counters) {
    this.sandbox = sandbox;
    this.limits = limits;
    this.counters = counters;
  }

  @Override
  public String name() {
    return "Read";
  }

  @Override
  public Map<String, Object> definition() {
    return ToolSchemas.tool(name(),
        "Read a text file of the repository under review. Returns numbered lines (line number, tab, text). "
            + "Paths are relative to the repository root. Reads at most " + limits.readMaxLines()
            + " lines and " + limits.resultBytes() / 1024 + " KiB per call; use offset to continue. Files outside "
            + "the repository, git internals, binary files and secret files (.env, keys) are refused.",
        Map.of(
            "file_path", ToolSchemas.string("Repository-relative path of the file to read"),
            "offset", ToolSchemas.integer("1-based line number to start from (default 1)", 1),
            "limit", ToolSchemas.integer("Number of lines to read (default " + limits.readDefaultLines()
                + ", at most " + limits.readMaxLines() + ")", 1)),
        List.of("file_path"));
  }

  @Override
  public ToolResult execute(Map<String, Object> input) {
    ToolInput in = new ToolInput(input);
    String path = in.requireString("file_path", "path");
    int offset = in.optionalInt(1, 1, Integer.MAX_VALUE, "offset");
    int limit = in.optionalInt(limits.readDefaultLines(), 1, limits.readMaxLines(), "limit");
    Resolution resolution = sandbox.resolve(path);
    if (!resolution.allowed()) {
      return Refused.result(path, resolution.refusal().orElseThrow(), counters);
    }
    ConfinedFile file = resolution.file().orElseThrow();
    try (InputStream raw = sandbox.open(file, limits.readScanBytes())) {
      byte[] head = raw.readNBytes(BinarySniff.WINDOW);
      if (BinarySniff.looksBinary(head, head.length)) {
        return Refused.result(path, Refusal.BINARY_FILE, counters);
      }
      InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), raw);
      return readLines(file, new LineReader(all, limits.lineChars() * 4), offset, limit);
    } catch (IOException e) {
      return Refused.result(path, Refusal.UNREADABLE, counters);
    }
  }

  private ToolResult readLines(ConfinedFile file, LineReader reader, int offset, int limit) throws IOException {
    BoundedOutput out = new BoundedOutput(limits.resultBytes());
    int lineNo = 0;
    int lastShown = 0;
    LineReader.Line line;
    while ((line = reader.next()) != null) {
      lineNo++;
      if (lineNo < offset) {
        continue;
      }
      if (lineNo >= offset + limit) {
        return done(out, file, offset, lastShown, Ending.MORE_LINES);
      }
      String text = line.clipped() ? Utf8.prefix(line.text(), limits.lineChars()) + " …[line clipped]"
          : Utf8.clipLine(line.text(), limits.lineChars());
      if (!out.line(String.format("%6d\t%s", lineNo, text))) {
        return done(out, file, offset, lastShown, Ending.OUTPUT_FULL);
      }
      lastShown = lineNo;
    }
    if (lastShown == 0) {
      return pastEnd(file, offset, lineNo);
    }
    boolean scanCapHit = file.size() > limits.readScanBytes();
    return done(out, file, offset, lastShown, scanCapHit ? Ending.SCAN_CAP : Ending.END_OF_FILE);
  }

  private enum Ending { END_OF_FILE, MORE_LINES, OUTPUT_FULL, SCAN_CAP }

  private ToolResult done(BoundedOutput out, ConfinedFile file, int offset, int lastShown, Ending ending) {
    String next = "; continue with offset=" + (lastShown + 1) + "]";
    String note = switch (ending) {
      case END_OF_FILE -> "";
      case MORE_LINES -> "[lines " + offset + "-" + lastShown + " of " + file.repoPath() + " shown" + next;
      case OUTPUT_FULL -> "[output limit of " + limits.resultBytes() / 1024 + " KiB reached after line "
          + lastShown + next;
      case SCAN_CAP -> "[only the first " + limits.readScanBytes() / (1024 * 1024) + " MiB of this "
          + file.size() + "-byte file can be read]";
    };
    if (ending != Ending.END_OF_FILE) {
      counters.truncated();
    }
    return ToolResult.ok(out.finish(note));
  }

  private ToolResult pastEnd(ConfinedFile file, int offset, int lines) {
    if (lines == 0) {
      return ToolResult.ok(file.size() == 0 ? "[empty file]" : "[no text within the readable part of the file]");
    }
    if (file.size() > limits.readScanBytes()) {
      counters.truncated();
      return ToolResult.ok("[line " + offset + " lies beyond the first " + limits.readScanBytes() / (1024 * 1024)
          + " MiB of this file, which is all a Read may scan]");
    }
    return ToolResult.ok("[" + file.repoPath() + " has " + lines + " lines; offset " + offset
        + " is past the end]");
  }
}
