package org.newsgraph.store;

/** The store cannot be opened or written; the message says what to do. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }
}
