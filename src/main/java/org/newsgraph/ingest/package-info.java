/**
 * Ingest stage: takes paths to files and folders (plain text, HTML, JSON Lines, JSON) and produces
 * {@link org.newsgraph.model.RawArticle}s into an {@link org.newsgraph.ingest.IngestSink}, with the
 * metadata the source gives and content-derived ids (SHA-256 of the URL, else of the body).
 *
 * <p>This is an edge of the pipeline: it does file I/O and decoding (byte-order marks, strict UTF-8
 * with a windows-1252 fallback) and refuses what is not an article (missing, empty, binary,
 * oversized or malformed inputs) by reporting it to the sink, never by throwing. Entry point:
 * {@link org.newsgraph.ingest.Ingest#read}. {@link org.newsgraph.ingest.FolderWatch} polls a folder
 * and hands over files that are new or changed once they have stopped growing.
 */
package org.newsgraph.ingest;
