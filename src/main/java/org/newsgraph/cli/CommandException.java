package org.newsgraph.cli;

/**
 * A command cannot do what was asked; the message says why, the code is one of {@link ExitCodes}.
 */
final class CommandException extends RuntimeException {
  private final int exitCode;

  CommandException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
