package dev.footprint.dockerfile.lint;

import dev.footprint.dockerfile.instructions.Dockerfile;
import dev.footprint.dockerfile.instructions.Stage;
import java.util.List;

/** What must not change when a file is fixed: the stages, their names and base images. */
public record StageShape(List<String> stages) {
  public static StageShape of(Dockerfile model) {
    return new StageShape(model.stages().stream().map(StageShape::describe).toList());
  }

  private static String describe(Stage s) {
    return (s.name() == null ? "#" + s.index() : s.name()) + "<-" + s.from().image();
  }
}
