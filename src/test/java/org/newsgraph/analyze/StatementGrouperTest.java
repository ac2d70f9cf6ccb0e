package org.newsgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementGrouperTest {

  @Test
  void renderingsOfOneStatementAreOneAndOtherStatementsStayApart() {
    List<Statement> s =
        StatementGrouper.group(
            List.of(
                new QuoteRecord(
                    "urn:q1",
                    "urn:a",
                    "urn:gov",
                    "We will rebuild every house and every bridge, and no family will be left"
                        + " alone"),
                new QuoteRecord(
                    "urn:q2", "urn:b", "urn:gov", "Every house and every bridge will be rebuilt"),
                new QuoteRecord("urn:q3", "urn:c", "urn:gov", "no family will be left alone"),
                new QuoteRecord(
                    "urn:q4",
                    "urn:c",
                    "urn:gov",
                    "The water came at night and gave people no time"),
                new QuoteRecord(
                    "urn:q5", "urn:c", "urn:mayor", "We will rebuild every house and every bridge"),
                new QuoteRecord("urn:q6", "urn:d", "", "every house and every bridge")));
    assertEquals(3, s.size(), s::toString);
    assertEquals(
        List.of("urn:q1", "urn:q2", "urn:q3"),
        s.get(0).versions().stream().map(QuoteRecord::iri).sorted().toList());
    assertEquals(3, s.get(0).sources());
  }
}
