package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Serves a dataset read-only over HTTP with the Fuseki UI. Built in Jena's builder shape: {@code
 * NewsgraphServer.create().dataset(dsg).port(0).build().start()}.
 */
public final class NewsgraphServer implements AutoCloseable {

  /** Name of the served dataset; its query endpoint is {@code /newsgraph/sparql}. */
  public static final String DATASET = "/newsgraph";

  private final FusekiServer server;
  private final String host;

  private NewsgraphServer(FusekiServer server, String host) {
    this.server = server;
    this.host = host;
  }

  public static Builder create() {
    return new Builder();
  }

  /** Starts serving; returns at once. */
  public NewsgraphServer start() {
    server.start();
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return server.getPort();
  }

  /** The UI's address. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Whether {@code host} is a loopback address; other addresses expose the graph to a network. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Configures a server; {@link #build()} checks the configuration. */
  public static final class Builder {
    /** Default of {@link #timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Default of {@link #maxResults}. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    private DatasetGraph dataset;
    private int port = 3030;
    private String host = "127.0.0.1";
    private Duration timeout = DEFAULT_TIMEOUT;
    private long maxResults = DEFAULT_MAX_RESULTS;

    private Builder() {}

    public Builder dataset(DatasetGraph dsg) {
      this.dataset = dsg;
      return this;
    }

    /** Port to listen on; 0 picks a free one. */
    public Builder port(int p) {
      this.port = p;
      return this;
    }

    /** Address to bind; loopback by default. */
    public Builder host(String h) {
      this.host = h;
      return this;
    }

    /** How long a query may run before it is cancelled. */
    public Builder timeout(Duration t) {
      this.timeout = t;
      return this;
    }

    /** The most solutions a query returns; the rest are cut off as by {@code LIMIT}. */
    public Builder maxResults(long n) {
      this.maxResults = n;
      return this;
    }

    public NewsgraphServer build() {
      Objects.requireNonNull(dataset, "dataset");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      if (maxResults < 1) {
        throw new IllegalArgumentException("max results must be positive: " + maxResults);
      }
      URL ui = NewsgraphServer.class.getClassLoader().getResource("webapp");
      if (ui == null) {
        throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
      }
      FusekiServer fuseki =
          FusekiServer.create()
              .fusekiModules(FusekiModules.empty())
              .port(port)
              .loopback(isLoopback(host))
              .staticFileBase(ui.toExternalForm())
              .registerOperation(Operation.Query, new LimitedQuery(timeout, maxResults))
              .addServlet("/$/server", new ActionServerStatus())
              .enablePing(true)
              .enableStats(true)
              .add(DATASET, dataset, false)
              .build();
      for (Connector c : fuseki.getJettyServer().getConnectors()) {
        if (c instanceof ServerConnector sc) {
          sc.setHost(host);
        }
      }
      return new NewsgraphServer(fuseki, host);
    }
  }
}
