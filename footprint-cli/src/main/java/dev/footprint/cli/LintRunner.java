package dev.footprint.cli;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.InvalidInputException;
import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.ParsedDockerfile;
import dev.footprint.dockerfile.lint.FixResult;
import dev.footprint.dockerfile.lint.LintConfig;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Linter;
import dev.footprint.report.lint.ParseJsonRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints, fixes or parses a list of files. With one file, bad input fails the command; with several,
 * each bad file is reported on stderr and the rest still run, and the command exits 2 at the end.
 * Not thread-safe.
 */
final class LintRunner {
  private final Linter linter;
  private final Path context;
  private final PrintWriter err;
  private boolean failed;

  LintRunner(LintConfig config, Path context, PrintWriter err) {
    this.linter = new Linter(config);
    this.context = context;
    this.err = err;
  }

  boolean failed() {
    return failed;
  }

  List<LintResult> lint(List<Path> files) throws InvalidInputException {
    List<LintResult> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(linter.lint(f.toString(), Dockerfiles.read(f), contextOf(f)));
      } catch (InvalidInputException e) {
        skip(files, e);
      }
    }
    return out;
  }

  String fix(List<Path> files, boolean inPlace) throws Exception {
    StringBuilder out = new StringBuilder();
    for (Path f : files) {
      FixResult r;
      try {
        r = linter.fix(f.toString(), Dockerfiles.read(f), contextOf(f));
      } catch (InvalidInputException e) {
        skip(files, e);
        continue;
      }
      if (!r.changed()) {
        continue;
      }
      if (inPlace) {
        AtomicOutput.writeFile(f, o -> o.write(r.fixed().getBytes(StandardCharsets.UTF_8)));
        err.println("fixed " + f + " (" + String.join(", ", r.applied().stream().distinct().toList()) + ")");
      } else {
        out.append(Linter.diff(r));
      }
    }
    err.flush();
    return out.toString();
  }

  String parse(List<Path> files, boolean json) throws InvalidInputException {
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>();
    List<ParsedDockerfile> parsed = new ArrayList<>();
    for (Path f : files) {
      try {
        ParsedDockerfile p = Dockerfiles.parse(f);
        names.add(f.toString());
        parsed.add(p);
        if (!json) {
          out.append(files.size() > 1 ? "# " + f + "\n" : "").append(Dockerfiles.dump(p));
        }
      } catch (InvalidInputException e) {
        skip(files, e);
      }
    }
    return json ? ParseJsonRenderer.render(names, parsed) : out.toString();
  }

  private void skip(List<Path> files, InvalidInputException e) throws InvalidInputException {
    if (files.size() == 1) {
      throw e;
    }
    failed = true;
    err.println("footprint: " + e.getMessage());
    err.flush();
  }

  private Path contextOf(Path file) {
    if (context != null) {
      return context;
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
