package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.report.HtmlReport;
import org.newsgraph.report.Story;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: writes a readable story summary as one self-contained HTML page. */
@Command(
    name = "report",
    description =
        "Write a story summary as one HTML page that needs no network: the people and their roles,"
            + " the timeline, each number with who claims it and where sources agree or conflict,"
            + " each quote with its versions; every fact shows the sentence it comes from.")
final class ReportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Output file (default: standard output).")
  Path output;

  private final Io io;

  ReportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Story story;
    try (GraphStore gs = GraphStore.open(store.store)) {
      story = new StoryReader(gs).read();
    }
    String html = HtmlReport.render(story);
    if (output == null) {
      io.out().print(html);
      io.out().flush();
      return ExitCodes.OK;
    }
    try {
      Files.writeString(output, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandException(ExitCodes.USAGE, "cannot write " + output + ": " + e.getMessage());
    }
    io.err().println("newsgraph: report written to " + output);
    return ExitCodes.OK;
  }
}
