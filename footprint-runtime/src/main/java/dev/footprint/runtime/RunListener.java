package dev.footprint.runtime;

/** Receives progress lines while runs go on (the CLI prints them on stderr). */
@FunctionalInterface
public interface RunListener {
  RunListener NONE = message -> {};

  void progress(String message);
}
