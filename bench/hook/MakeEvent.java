import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic PostToolUse Write event (about 20 KB of Python source in tool_input.content, echoed in
 * tool_response as Claude Code does) for bench/hook/run.sh. Deterministic: the same arguments give the same bytes.
 *
 * <p>Usage: {@code java MakeEvent.java <out.json> <clean|match> <bytes> <cwd>}. "clean" is ordinary service code: it
 * contains common catalog keywords (update, select, get.) but no finding; "match" adds one unsafe deserialisation
 * call near the end so a reminder is shown. The session id is the literal {@code @SESSION@}, replaced per run.
 */
public final class MakeEvent {
  private static final String[] NOUNS = {"order", "invoice", "customer", "shipment", "parcel", "ledger", "account",
      "warehouse", "supplier", "receipt", "coupon", "basket", "refund", "payment", "address", "catalog"};
  private static final String[] VERBS = {"load", "update", "select", "merge", "compute", "validate", "archive",
      "normalize", "render", "summarize", "reconcile", "schedule"};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    boolean match = args[1].equals("match");
    int size = Integer.parseInt(args[2]);
    String cwd = args[3];
    String source = source(size, match);
    String file = cwd + "/src/inventory/service.py";
    String json = "{\"session_id\":\"@SESSION@\",\"transcript_path\":\"/tmp/bench-transcript.jsonl\","
        + "\"cwd\":" + str(cwd) + ",\"permission_mode\":\"acceptEdits\",\"hook_event_name\":\"PostToolUse\","
        + "\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":" + str(file) + ",\"content\":" + str(source) + "},"
        + "\"tool_response\":{\"type\":\"create\",\"filePath\":" + str(file) + ",\"content\":" + str(source)
        + ",\"structuredPatch\":[],\"originalFile\":null},\"tool_use_id\":\"toolu_01BenchWriteEvent000000000\"}\n";
    Files.writeString(out, json, StandardCharsets.UTF_8);
  }

  static String source(int size, boolean match) {
    Random r = new Random(20261125L);
    StringBuilder b = new StringBuilder(size + 2048);
    b.append("\"\"\"Inventory service: reads orders, updates stock levels and prepares shipping batches.\"\"\"\n\n")
        .append("from __future__ import annotations\n\nimport dataclasses\nimport datetime as dt\nimport logging\n")
        .append("from decimal import Decimal\nfrom typing import Iterable, Optional\n\n")
        .append("LOG = logging.getLogger(__name__)\nBATCH_LIMIT = 250\n\n");
    int i = 0;
    String tail = match ? "\n\ndef restore_snapshot(blob: bytes):\n    import pickle\n"
        + "    return pickle.loads(blob)\n" : "";
    while (b.length() + tail.length() < size - 900) {
      String noun = NOUNS[r.nextInt(NOUNS.length)];
      String verb = VERBS[r.nextInt(VERBS.length)];
      if (i % 4 == 0) {
        klass(b, noun, i);
      } else {
        function(b, verb, noun, i, r);
      }
      i++;
    }
    b.append(tail);
    while (b.length() < size) {
      b.append("# padding keeps the benchmark event at a fixed size\n");
    }
    b.setLength(size);
    return b.toString();
  }

  private static void klass(StringBuilder b, String noun, int i) {
    String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + "Record" + i;
    b.append("\n@dataclasses.dataclass(frozen=True)\nclass ").append(name).append(":\n")
        .append("    \"\"\"One ").append(noun).append(" row as stored in the inventory database.\"\"\"\n\n")
        .append("    ident: int\n    label: str\n    quantity: int = 0\n    price: Decimal = Decimal(\"0\")\n")
        .append("    created: Optional[dt.datetime] = None\n\n")
        .append("    def total(self) -> Decimal:\n        return self.price * self.quantity\n\n")
        .append("    def with_quantity(self, quantity: int) -> \"").append(name).append("\":\n")
        .append("        if quantity < 0:\n            raise ValueError(\"quantity must not be negative\")\n")
        .append("        return dataclasses.replace(self, quantity=quantity)\n\n");
  }

  private static void function(StringBuilder b, String verb, String noun, int i, Random r) {
    String fn = verb + "_" + noun + "s_" + i;
    int limit = 10 + r.nextInt(90);
    b.append("\ndef ").append(fn).append("(rows: Iterable[dict], limit: int = ").append(limit)
        .append(") -> list[dict]:\n")
        .append("    \"\"\"").append(Character.toUpperCase(verb.charAt(0))).append(verb.substring(1))
        .append(" up to `limit` ").append(noun).append(" rows, skipping the ones without a label.\"\"\"\n")
        .append("    result: list[dict] = []\n")
        .append("    for row in rows:\n        if not row.get(\"label\"):\n            continue\n")
        .append("        item = dict(row)\n        item[\"quantity\"] = max(0, int(item.get(\"quantity\", 0)))\n")
        .append("        item[\"checked_at\"] = dt.datetime.now(dt.timezone.utc).isoformat()\n")
        .append("        result.append(item)\n        if len(result) >= limit:\n            break\n")
        .append("    LOG.debug(\"").append(fn).append(": %d of %d kept\", len(result), limit)\n")
        .append("    return result\n\n");
  }

  private static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 64).append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
