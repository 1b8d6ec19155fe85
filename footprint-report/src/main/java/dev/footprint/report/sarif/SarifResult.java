package dev.footprint.report.sarif;

/**
 * One SARIF result.
 *
 * @param uri artifact location, relative with forward slashes where possible
 * @param startLine 1-based; 0 when the result concerns the whole artifact
 */
public record SarifResult(String ruleId, String level, String message, String uri, int startLine, int endLine) {}
