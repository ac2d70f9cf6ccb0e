package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} option of the commands that write a document: a file, else standard out. */
final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Output file (default: standard output).")
  Path output;

  /** Something that writes to a stream. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code body} to the file, or to standard output when none was given. */
  void write(Io io, Body body) {
    try {
      if (output == null) {
        body.writeTo(io.out());
        io.out().flush();
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          body.writeTo(out);
        }
      }
    } catch (IOException e) {
      throw new CommandException(
          ExitCodes.CONFIG,
          "cannot write " + (output == null ? "output" : output) + ": " + e.getMessage());
    }
  }
}
