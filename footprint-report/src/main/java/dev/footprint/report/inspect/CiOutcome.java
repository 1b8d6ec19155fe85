package dev.footprint.report.inspect;

import java.util.List;

/** Result of the CI gate: one line per rule, in rule-name order. Immutable. */
public record CiOutcome(List<Rule> rules) {

  /** One rule's verdict. */
  public enum Status { PASS, FAIL, SKIP }

  /**
   * @param threshold as configured (text), "off" when skipped
   * @param actual the measured value in the rule's unit, text
   */
  public record Rule(String name, Status status, String threshold, String actual, String message) {}

  public CiOutcome {
    rules = List.copyOf(rules);
  }

  public boolean passed() {
    return rules.stream().noneMatch(r -> r.status() == Status.FAIL);
  }

  public long count(Status s) {
    return rules.stream().filter(r -> r.status() == s).count();
  }
}
