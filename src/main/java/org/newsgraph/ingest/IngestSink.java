package org.newsgraph.ingest;

import org.newsgraph.model.RawArticle;

/**
 * Where {@link Ingest} sends what it reads: each article to {@link #accept}, each input it cannot
 * use to {@link #reject}. Reading goes on after a rejection, so one bad file never stops a batch.
 */
public interface IngestSink {

  /** Receives one article read from a source. */
  void accept(RawArticle article);

  /**
   * Receives one input that was skipped.
   *
   * @param input the file, with {@code :line N} (JSON Lines) or {@code :item N} (JSON array) when
   *     only part of it was skipped
   * @param reason one line saying why, without a stack trace
   */
  void reject(String input, String reason);
}
