package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and the SHACL shapes, read from {@code ontology/} on the classpath (the build copies
 * the repository's {@code ontology/} folder there), and validation against the shapes.
 */
public final class Ontology {

  private static final Graph ONTOLOGY = read("ontology/newsgraph.ttl");
  private static final Shapes SHAPES = Shapes.parse(read("ontology/shapes.ttl"));

  /** The ontology graph; read-only by convention, shared. */
  public static Graph graph() {
    return ONTOLOGY;
  }

  /**
   * Validates {@code data} against the shapes; returns one line per violation (focus node, path,
   * message), empty when the data conforms.
   */
  public static List<String> violations(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
    List<String> out = new ArrayList<>();
    report
        .getEntries()
        .forEach(
            e ->
                out.add(
                    e.focusNode()
                        + " "
                        + (e.resultPath() == null ? "" : e.resultPath() + " ")
                        + e.message()));
    return out;
  }

  private static Graph read(String resource) {
    try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ontology() {}
}
