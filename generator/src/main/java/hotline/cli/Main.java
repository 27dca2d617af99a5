package hotline.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hotline} command. Thin: each subcommand parses its options into a settings record and
 * hands it to a core that knows nothing of picocli. Exit codes: 0 ok, 1 checks failed, 2 usage or
 * invalid input.
 */
@Command(
    name = "hotline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Opens a public-service short number (12333, 12345, ...) on telephone operators' switches: "
          + "validates activation requests, generates office data, and proves it by SIP calls.",
      "",
      "Start with: hotline verify fixtures/requests/guangdong.yaml"
    },
    subcommands = {
      ValidateCommand.class, GenerateCommand.class, TargetsCommand.class, TimelineCommand.class, ReportCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  /** Success. */
  public static final int OK = 0;
  /** A check failed (verify, load, timeline overdue). */
  public static final int CHECKS_FAILED = 1;
  /** Bad usage or invalid input. */
  public static final int INVALID = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return INVALID;
  }

  /** The command line with every subcommand, including those other modules contribute. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class)) {
      Object command = plugin.command();
      cl.addSubcommand(command);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> INVALID);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("hotline: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return INVALID;
        });
    return cl;
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }
}
