package org.rostra.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rostra} command line: {@code java -jar rostra.jar annotate …}. */
@Command(
    name = "rostra",
    mixinStandardHelpOptions = true,
    versionProvider = RostraCli.Version.class,
    description = "Annotates political text: tokens, entities, quotes, themes.",
    subcommands = {AnnotateCommand.class, KbCommand.class, CommandLine.HelpCommand.class})
public final class RostraCli {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    return new CommandLine(new RostraCli()).execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Package p = RostraCli.class.getPackage();
      String v = p == null ? null : p.getImplementationVersion();
      return new String[] {"rostra " + (v == null ? "dev" : v)};
    }
  }
}
