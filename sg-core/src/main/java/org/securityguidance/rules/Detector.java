package org.securityguidance.rules;

import java.util.List;

/**
 * Detection logic that a regex alone cannot express (entropy checks, placeholder filters). A catalog rule names its
 * detector; the engine calls it only after the rule's path gate and keyword prefilter passed.
 */
public interface Detector {
  /** Reported spans of {@code text.text()}, in offset order; at most one when {@code firstOnly}. Linear time. */
  List<Span> find(ScanText text, boolean firstOnly);

  /** A reported region: character offset and length. */
  record Span(int offset, int length) {}
}
