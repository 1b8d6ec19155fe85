package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/**
 * The rules no advice may break, whatever the log: a heap setting within 75% of a known container
 * limit, a GOMEMLIMIT within 90% of it, a limit to raise above the one given, no MaxRAMPercentage
 * above 75; the words "memory limit" only when a limit is known; every item says what it changes.
 */
final class AdviceSafety {
  private static final long MIB = 1L << 20;

  private AdviceSafety() {}

  /** {@code limit}: the --memory-limit the analysis ran with, 0 for none. */
  static void assertSafe(GcAnalysis a, long limit) {
    for (Advice ad : a.advice()) {
      String what = a.source().getFileName() + ": " + ad.setting() + " — " + ad.reason();
      assertThat(ad.changes()).as(what).isNotBlank();
      assertThat(ad.evidence()).as(what).isNotEmpty();
      switch (ad.flag()) {
        case "Xmx" -> {
          if (limit > 0) {
            assertThat(mib(ad.value()) * MIB).as(what).isLessThanOrEqualTo((long) (limit * 0.75));
          }
        }
        case "MaxRAMPercentage" -> {
          assertThat(limit).as("MaxRAMPercentage only for a known container: " + what).isPositive();
          assertThat(Long.parseLong(ad.value())).as(what).isLessThanOrEqualTo(75);
        }
        case "GOMEMLIMIT" -> {
          if (limit > 0) {
            assertThat(mib(ad.value()) * MIB).as(what).isLessThanOrEqualTo((long) (limit * 0.9));
          }
        }
        case Advice.CONTAINER_MEMORY -> {
          assertThat(limit).as("a limit to raise needs a limit: " + what).isPositive();
          assertThat(mib(ad.value()) * MIB).as(what).isGreaterThan(limit);
        }
        default -> { }
      }
      if (limit == 0 && a.format() == LogFormat.JVM_UNIFIED) {
        assertThat(ad.reason().toLowerCase(Locale.ROOT) + ad.evidence())
            .as("no limit given, none named: " + what).doesNotContain("memory limit");
      }
    }
  }

  /** {@code 48m}, {@code 921MiB}: whole MiB. */
  static long mib(String value) {
    return Long.parseLong(value.replaceAll("(MiB|m)$", ""));
  }
}
