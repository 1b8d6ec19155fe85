package dev.footprint.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;

/** The top of the command tree; it only dispatches. */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure, explain and cut the resource footprint of container images and the services in them.",
      "IMAGE is docker-archive:FILE[:name:tag], oci:DIR[:tag], oci-archive:FILE[:tag] or a bare path."
    },
    subcommands = {
      InspectCommand.class,
      LintCommand.class,
      BinaryCommand.class,
      StripCommand.class,
      SlimCommand.class,
      RunCommand.class,
      CompareCommand.class,
      WatchCommand.class,
      GcCommand.class,
      GenerateCompletion.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 a gate failed, 2 bad usage or input, 3 missing runtime or permission, 4 internal error."
    })
final class FootprintCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
