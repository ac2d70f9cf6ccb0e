package org.newsgraph.cli;

/** Every exit code of the command line, in one place. */
public final class ExitCodes {
  /** All went well. */
  public static final int OK = 0;

  /** Some inputs were rejected (the rest were processed), or the graph has shape violations. */
  public static final int PROBLEMS = 1;

  /** Bad arguments: unknown option, missing query, SPARQL syntax error. */
  public static final int USAGE = 2;

  /** The environment is wrong: store locked or unreadable, port in use. */
  public static final int CONFIG = 3;

  /** A bug: an unexpected internal error. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
