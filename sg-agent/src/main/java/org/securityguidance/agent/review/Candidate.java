package org.securityguidance.agent.review;

import org.securityguidance.finding.Finding;

/** A finding whose quote was found in the repository, and whether its file is one the commit changed. */
public record Candidate(Finding finding, boolean inChangedFile) {}
