package dev.footprint.report.sarif;

/**
 * A rule as SARIF's {@code tool.driver.rules[]} describes it.
 *
 * @param id stable rule id
 * @param name short PascalCase-free title
 * @param shortDescription one line
 * @param helpText what to do about it
 * @param helpUri where the rule is documented, or null
 * @param defaultLevel {@code error}, {@code warning} or {@code note}
 */
public record SarifRule(String id, String name, String shortDescription, String helpText, String helpUri, String defaultLevel) {}
