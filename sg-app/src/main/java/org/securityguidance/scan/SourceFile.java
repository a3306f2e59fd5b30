package org.securityguidance.scan;

import java.nio.file.Path;

/**
 * One file chosen for scanning: its path relative to the scan root ('/'-separated, as reports and rule gates see it)
 * and where it lives on disk.
 */
public record SourceFile(String path, Path file) {}
