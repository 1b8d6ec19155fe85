import dev.footprint.dockerfile.DockerfileTree;
import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.lint.LintConfig;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Linter;
import dev.footprint.report.lint.LintJsonRenderer;
import dev.footprint.report.lint.LintReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Steady-state lint throughput in one JVM: find, read, parse, lint and render JSON for every file
 * of the corpus, PASSES times; prints each pass. Separates per-file cost from JVM start-up.
 */
public final class LintLoop {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Linter linter = new Linter(LintConfig.DEFAULT);
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      List<Path> files = DockerfileTree.find(dir);
      List<LintResult> results = new ArrayList<>();
      int failed = 0;
      for (Path f : files) {
        try {
          results.add(linter.lint(f.toString(), Dockerfiles.read(f), f.getParent()));
        } catch (Exception e) {
          failed++;
        }
      }
      int chars = LintJsonRenderer.render(new LintReport(results)).length();
      double s = (System.nanoTime() - start) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("pass %d: %d files (%d rejected as invalid), wall %.3f s (%,.0f files/s), cpu %.3f s (%,.0f files/s), %d chars of JSON%n",
          pass, files.size(), failed, s, files.size() / s, cpu, files.size() / cpu, chars);
    }
  }
}
