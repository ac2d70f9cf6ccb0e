package org.newsgraph.cli;

import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.GraphBuilder;

/**
 * Reports a build on the console: a progress bar when standard error is a terminal, one line per
 * rejected input, one line per article whose graph breaks the shapes.
 */
final class BuildReporter implements GraphBuilder.Listener, AutoCloseable {

  private final Io io;
  private final ProgressBar bar;

  BuildReporter(Io io) {
    this.io = io;
    this.bar =
        System.console() == null
            ? null
            : new ProgressBarBuilder()
                .setTaskName("build")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(io.err()))
                .setUnit(" articles", 1)
                .build();
  }

  @Override
  public void article(String source, GraphBuilder.Outcome outcome) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void rejected(String input, String reason) {
    io.error("skipped " + input + ": " + reason);
  }

  @Override
  public void invalid(String source, List<String> violations) {
    io.error(
        "warning: "
            + source
            + " breaks the shapes ("
            + violations.size()
            + "): "
            + violations.get(0));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
