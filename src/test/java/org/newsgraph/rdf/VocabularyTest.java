package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The ng: vocabulary class and the ontology declare exactly the same terms. */
class VocabularyTest {

  @Test
  void everyConstantIsDeclaredAndEveryTermHasAConstant() throws IllegalAccessException {
    Set<String> constants = new TreeSet<>();
    for (Field f : NG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
        constants.add(((Node) f.get(null)).getURI());
      }
    }
    Set<String> declared = new TreeSet<>();
    Ontology.graph()
        .find(Node.ANY, RDF.Nodes.type, Node.ANY)
        .forEachRemaining(
            t -> {
              Node s = t.getSubject();
              if (s.isURI() && s.getURI().startsWith(NG.NS)) {
                declared.add(s.getURI());
              }
            });
    assertEquals(declared, constants);
  }

  @Test
  void nifConstantsAreDeclaredInTheOntology() throws IllegalAccessException {
    for (Class<?> vocab : new Class<?>[] {NIF.class, ITSRDF.class}) {
      for (Field f : vocab.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
          Node term = (Node) f.get(null);
          assertEquals(
              true,
              Ontology.graph().contains(term, RDF.Nodes.type, Node.ANY),
              term + " is not declared in ontology/newsgraph.ttl");
        }
      }
    }
  }
}
