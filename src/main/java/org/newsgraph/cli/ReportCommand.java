package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.newsgraph.report.HtmlReport;
import org.newsgraph.report.Story;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report}: writes a readable story summary as one self-contained HTML page. */
@Command(
    name = "report",
    description =
        "Write a story summary as one HTML page that needs no network: the people and their roles,"
            + " the timeline, each number with who claims it and where sources agree or conflict,"
            + " each quote with its versions; every fact shows the sentence it comes from.")
final class ReportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Mixin OutputOption output;

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
    byte[] html = HtmlReport.render(story).getBytes(StandardCharsets.UTF_8);
    output.write(io, out -> out.write(html));
    if (output.output != null) {
      io.err().println("newsgraph: report written to " + output.output);
    }
    return ExitCodes.OK;
  }
}
