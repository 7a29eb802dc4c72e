package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word that is no word at all, alone between commas before "som" or a finite verb, names who the
 * phrase before it is ("en tjej, mediha, som är här"); after a kin or role noun any word that is
 * no ordinary word does, and after a noun of a person ("en äldre man, alf, på") a first name does;
 * so does one before a comma and a noun phrase of a person ("med sten, en änkling från").
 * Ordinary words, lists and repetitions so set off stay.
 */
class NameAppositionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har en tjej, mediha, som är här varje kväll|mediha",
    "en av de vi stödjer, zeid, har fått ett brev|zeid",
    "han har en funktionsnedsättning, seyit, som bor på ett boende|seyit",
  })
  void aNameLikeWordBetweenCommasBeforeSomOrAVerbIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag bor granne med en äldre man, alf, på drottninggatan|alf",
    "en tjej, saga, i klassen slog henne|saga",
    "det sitter en kvinna, ionela stan, från rumänien utanför ica|ionela stan",
    // or after one comma, at the sentence's end
    "jag är mentor i sjuan och orolig för en elev, liv. hon äter inte frukost|liv",
  })
  void aFirstNameBetweenCommasAfterANounOfAPersonIsThatPerson(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag har i snart ett år varit särbo med sten, en änkling från byn.|sten",
    "jag har pratat med zurab, en granne som bor under oss|zurab",
    "vi åt middag med elmar, en gammal vän till pappa|elmar",
  })
  void aWordBeforeACommaAndANounPhraseOfAPersonIsThatPerson(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "men en pojke i min klass, jun-ho, 8 år, har bytt skola|jun-ho",
    "min dotter min-ji, 6 år, har börjat skolan|min-ji",
  })
  void twoShortSyllablesJoinedByAHyphenWhereAPersonStandsAreAGivenName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "han har ett tv-spel, 8 år gammalt",
    "vi har en wi-fi, 2 år gammal",
  })
  void aHyphenedThingWithAnArticleStays(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag pratade med henne, en kollega sa det.",
    "det var jobbigt, en vän hjälpte mig.",
    "vi åkte till stan, en kompis körde.",
  })
  void aPronounOrAnOrdinaryWordBeforeSuchANounPhraseStays(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "det var en kompis, alltså.",
    "jag har en son, två döttrar.",
  })
  void anOrdinaryWordAfterANounOfAPersonAndACommaAtTheSentencesEndStays(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Kim måste stå med sitt gamla namn, Klara, i alla system.|Klara",
    "kim måste stå med sitt gamla namn, klara, i alla system.|klara",
  })
  void aNameBetweenCommasAfterNamnIsTheName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text).subList(1, 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hej. vår yngsta, sol, flyttade i augusti till skellefteå|sol",
  })
  void aNameBetweenCommasAfterTheEldestOrYoungestIsTheChild(String text, String name) {
    assertEquals(name, RedactedWords.in(text).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min son, alltså, är inte dum",
    "vi har, typ, ingen aning om det",
    "maten, dock, var kall",
    "klitsch, klitsch, klitsch, sa den",
    "äpplen, päron, bananer är frukt",
    "det var en fin dag, sol, och vind",
  })
  void anOrdinaryWordAListOrARepetitionBetweenCommasStays(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
