package dev.footprint.dockerfile.instructions;

import java.util.List;

/**
 * One build stage: its FROM and the instructions after it.
 *
 * @param index 0-based position
 * @param base the stage this one is built FROM, or null when based on an image
 */
public record Stage(int index, From from, List<Instruction> instructions, Stage base) {
  public Stage {
    instructions = List.copyOf(instructions);
  }

  public String name() {
    return from.stageName();
  }

  /** The instructions of this stage and of the stages it is built on, oldest first. */
  public List<Instruction> inherited() {
    if (base == null) {
      return instructions;
    }
    List<Instruction> all = new java.util.ArrayList<>(base.inherited());
    all.addAll(instructions);
    return all;
  }

  /** The image at the bottom of the FROM chain. */
  public From root() {
    return base == null ? from : base.root();
  }

  public <T extends Instruction> List<T> all(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
