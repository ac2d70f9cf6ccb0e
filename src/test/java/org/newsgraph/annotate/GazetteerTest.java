package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  private static String code(String form) {
    return gazetteer.country(form).map(Gazetteer.Country::code).orElse("-");
  }

  @Test
  void countryByNameAliasAndDemonym() {
    assertEquals("KZ", code("Kazakhstan"));
    assertEquals("KZ", code("Republic of Kazakhstan"));
    assertEquals("KZ", code("Kazakh"));
    assertEquals("KZ", code("Kazakhs"));
    assertEquals("US", code("U.S."));
    assertEquals("US", code("United States"));
    assertEquals("GE", code("Georgian"));
    assertEquals("RU", code("Russians"));
    assertEquals("KZ", code("KAZAKHSTAN"));
  }

  @Test
  void countryRecordCarriesIds() {
    Gazetteer.Country kz = gazetteer.country("Kazakhstan").orElseThrow();
    assertEquals(new Gazetteer.Country("KZ", "KAZ", "Kazakhstan", "1522867", "Q232", true), kz);
    assertEquals(Optional.of(kz), gazetteer.countryByCode("kz"));
    assertTrue(gazetteer.countryByCode("XX").isEmpty());
  }

  @Test
  void ambiguousDemonymPrefersIndependentCountry() {
    assertEquals("GB", code("British"));
    assertEquals("FR", code("French"));
  }

  @Test
  void lowercaseWordsAreNotCountries() {
    assertEquals("-", code("us"));
    assertEquals("-", code("chad"));
    assertEquals("-", code("turkey"));
    assertEquals("-", code("Us"));
    assertEquals("-", code("States"));
    assertEquals("TD", code("Chad"));
  }

  @Test
  void demonymFlag() {
    assertTrue(gazetteer.match("Kazakh").orElseThrow().demonym());
    assertFalse(gazetteer.match("Kazakhstan").orElseThrow().demonym());
    assertFalse(gazetteer.match("UK").orElseThrow().demonym());
  }

  @Test
  void cityPrefersCapital() {
    Gazetteer.City london = gazetteer.city("London").orElseThrow();
    assertEquals("GB", london.countryCode());
    assertTrue(london.capital());
    assertEquals("RU", gazetteer.city("Moscow").orElseThrow().countryCode());
    assertEquals("KZ", gazetteer.city("Almaty").orElseThrow().countryCode());
    assertTrue(gazetteer.city("Nowhereville").isEmpty());
  }
}
