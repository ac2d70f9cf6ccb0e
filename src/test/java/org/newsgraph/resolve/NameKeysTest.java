package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void transliterationsOfOneNameMeet() {
    assertEquals(NameKeys.fold("Kassym-Jomart Tokayev"), NameKeys.fold("Qasym-Zhomart Toqaev"));
    assertEquals(NameKeys.fold("Akhmetzhanov"), NameKeys.fold("Akhmetdschanov"));
    assertEquals(NameKeys.fold("Smaiylov"), NameKeys.fold("Smayilov"));
    assertEquals(NameKeys.fold("Nursultan Nazarbayev"), NameKeys.fold("Nursultan Nazarbaev"));
    assertEquals(NameKeys.fold("Zelensky"), NameKeys.fold("Zelenskiy"));
    assertEquals(NameKeys.fold("Dzhokhar"), NameKeys.fold("Djokhar"));
    assertEquals(NameKeys.fold("Zelenskyy"), NameKeys.fold("Zelenskiy"));
    assertEquals("tokaev", NameKeys.foldedSurname("Mr Tokayev"));
  }

  @Test
  void distinctNamesStayApart() {
    assertNotEquals(NameKeys.fold("Anna Petrova"), NameKeys.fold("Anna Petrov"));
    assertNotEquals(NameKeys.fold("John Smith"), NameKeys.fold("Jane Smith"));
    assertNotEquals(NameKeys.fold("Maria Lopez"), NameKeys.fold("Mario Lopez"));
  }

  @Test
  void foldsAccentsAndPunctuation() {
    assertEquals("jose-lopez", NameKeys.fold("José López"));
    assertEquals("obrien", NameKeys.fold("O’Brien"));
  }
}
