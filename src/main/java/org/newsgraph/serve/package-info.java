/**
 * The embedded Fuseki server: the store's union graph as the read-only dataset {@code /newsgraph},
 * with the Fuseki web UI. No admin module, no update or upload endpoint.
 */
package org.newsgraph.serve;
