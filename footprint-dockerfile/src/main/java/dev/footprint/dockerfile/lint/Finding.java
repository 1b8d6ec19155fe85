package dev.footprint.dockerfile.lint;

/**
 * One rule violation.
 *
 * @param rule rule id ({@code FP101})
 * @param severity severity after config overrides
 * @param line first line of the instruction (1-based)
 * @param endLine last line of the instruction
 * @param message what is wrong, concretely
 * @param fix what to do about it
 */
public record Finding(String rule, Severity severity, int line, int endLine, String message, String fix) {}
