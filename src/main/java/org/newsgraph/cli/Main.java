package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsgraph} command: verbs for building, querying, serving and exporting the graph. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1",
    description = "Turns news articles into an RDF knowledge graph and serves it.")
public final class Main implements Runnable {

  @Option(
      names = "--verbose",
      description = "Show stack traces of internal errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  private final Io io;

  private Main(Io io) {
    this.io = io;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * The real entry point: runs one command line against the given streams, returns the exit code.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Io io = new Io(in, out, err);
    Main main = new Main(io);
    CommandLine cl = new CommandLine(main);
    cl.addSubcommand(new BuildCommand(io))
        .addSubcommand(new ServeCommand(io))
        .addSubcommand(new QueryCommand(io))
        .addSubcommand(new ExportCommand(io))
        .addSubcommand(new ReportCommand(io))
        .addSubcommand(new ExtractCommand(io))
        .addSubcommand(new StatsCommand(io))
        .addSubcommand(new ValidateCommand(io))
        .addSubcommand(new TrainCommand(io))
        .addSubcommand(new EvalNerCommand(io))
        .addSubcommand(new BenchCommand(io));
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CommandException c) {
            io.error(c.getMessage());
            return c.exitCode();
          }
          if (e instanceof StoreException s) {
            io.error(s.getMessage());
            return ExitCodes.CONFIG;
          }
          io.error(
              "internal error: " + e + (main.verbose ? "" : " (run with --verbose for details)"));
          if (main.verbose) {
            e.printStackTrace(err);
          }
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(io.out());
  }
}
