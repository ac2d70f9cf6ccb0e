package org.newsgraph.ingest;

/** Signals, inside this package, that an input cannot be used; it ends up at {@link IngestSink}. */
final class Rejected extends Exception {

  private static final long serialVersionUID = 1L;

  Rejected(String reason) {
    super(reason, null, false, false);
  }
}
