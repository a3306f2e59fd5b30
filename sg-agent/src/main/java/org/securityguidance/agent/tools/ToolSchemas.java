package org.securityguidance.agent.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds Messages API tool definitions: {@code name}, {@code description} and a JSON Schema {@code input_schema}. */
final class ToolSchemas {
  private ToolSchemas() {}

  static Map<String, Object> tool(String name, String description, Map<String, Object> properties,
      List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", new TreeMap<>(properties));
    schema.put("required", List.copyOf(required));
    schema.put("additionalProperties", false);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", name);
    tool.put("description", description);
    tool.put("input_schema", schema);
    return tool;
  }

  static Map<String, Object> string(String description) {
    return property("string", description);
  }

  static Map<String, Object> integer(String description, int minimum) {
    Map<String, Object> p = property("integer", description);
    p.put("minimum", (long) minimum);
    return p;
  }

  static Map<String, Object> bool(String description) {
    return property("boolean", description);
  }

  /** Insertion-ordered so the definitions serialise byte-identically on every call (prompt caching). */
  private static Map<String, Object> property(String type, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", type);
    p.put("description", description);
    return p;
  }
}
