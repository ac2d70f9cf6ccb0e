package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command talks to; {@code System.*} in production, buffers in tests. */
record Io(InputStream in, PrintStream out, PrintStream err) {

  /** One line to standard error, prefixed with the program name. */
  void error(String message) {
    err.println("newsgraph: " + message);
  }
}
