package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * Between a possessive's kin noun and its verb stands the person it names, whatever the word means
 * alone ("hennes syster lek kom"), and before its relative clause ("sin lillebror ton som är 5"; not an
 * adjective: "hans fru ensam som"); after a named first name, a word right before the verb is the
 * surname ("läraren hanna sjö sa"); a word that hundreds are called by, ending the kin noun's phrase,
 * is the person too ("deras dotter sol."). An adverb or a verb in that place is no name.
 */
class SubjectBeforeVerbTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hennes syster lek kom hit i somras för att plocka bär.|NAME lek",
    "ploy passar sin lillebror ton som är 5 när jag sover.|NAME ploy,NAME ton",
    "läraren hanna sjö sa att vi ska ansöka om daglig verksamhet.|NAME hanna sjö",
    "vi vill ha ett möte med enhetschefen johan vinter har jag sagt.|NAME johan vinter",
  })
  void theWordBeforeTheVerbIsThePerson(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "han vill flytta hit med sin fru och deras dotter sol. han är 38.|NAME sol",
    "min mormor risten omma är 91 och har demens.|NAME risten omma",
    "jag har pratat med skog på socialkontoret men han säger nej.|NAME skog",
    "vår dotter sol föddes stilla i vecka 38.|NAME sol",
    "min gode man björn säger att det är svårt.|NAME björn",
    "jag o min syrra mickan fattar inte hur vi ska göra.|NAME mickan",
    "och mäklaren javier morales säger att det kan ta ett år.|NAME javier morales",
  })
  void aCountedNameEndingThePhraseOfAKinNounIsThePerson(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Min dotter Vy hjälper mig med svenskan.|NAME Vy",
    "Han umgås med en 16-åring? Livs pappa Mikael tycker att jag överreagerar.|NAME Livs,NAME Mikael",
  })
  void aNameThatIsAlsoAFirmsWordIsNotKeptByAList(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min son bara skriker hela tiden.|",
    "jag vet att min son nog vill men han orkar inte.|",
    "min son ville ha en ny telefon.|",
    "att min dotter anna inte vill gå dit.|NAME anna",
    "min son erik sover hela dagarna.|NAME erik",
    "Jag tror inte att min man egentligen är emot det.|",
    "det är hans fru ensam som tar hand om barnen.|",
    "Hur får jag veta när min son friges?|",
    "Han är född 2005 enligt sin tazkira.|",
  })
  void anAdverbOrAVerbThereIsNoName(String text, String findings) {
    List<String> expected = findings == null ? List.of() : List.of(findings.split(","));
    assertEquals(expected, Redactions.in(text));
  }
}
