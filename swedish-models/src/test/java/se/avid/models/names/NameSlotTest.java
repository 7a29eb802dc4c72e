package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * Words that are both first names and ordinary words, in the slots where a person is named (the
 * subject before a verb, before an age, after a kin noun), with the counts of Statistics Sweden as
 * the prior ({@link Homographs#nameInSlot}); the word readings elsewhere.
 */
class NameSlotTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // the subject opening a sentence, before a finite verb, a name thousands are called by
        row("Hej. Klara blir retad av hela klassen.", "NAME Klara"),
        row("Liv har sagt det till sin lärare.", "NAME Liv"),
        // before a verb that only a person does, a name hundreds are called by that is a frequent word
        row("Vilja vill inte gå till skolan, hon säger att hon har ont.", "NAME Vilja"),
        row("det finns ingen plats. ask väcker oss kl 3 varje natt", "NAME ask"),
        // or a copula and what only a person is: a feeling, a state, being out or at home
        row("Vilja är arg på mig för att jag sa nej.", "NAME Vilja"),
        row("Sol är ute och leker med grannens barn.", "NAME Sol"),
        // a possessive and a kin noun in apposition after it, then their finite verb
        row("Ville vår son e 16 o kör runt med sin epa", "NAME Ville"),
        // a short word of no list or reading opening a sentence before its finite verb
        row("Sugumar sa att han inte orkar längre.", "NAME Sugumar"),
        row("Biladar har lånat pengar av mig flera gånger.", "NAME Biladar"),
        // the copula as chat writes it
        row("Klara e vuxen o vill klara sig själv.", "NAME Klara"),
        row("hej. sten tycker att jag överdriver", "NAME sten"),
        // the subject of a verb of saying and "att": a rarer name too, for who says so is a person
        row("Elvan sa att han inte orkar längre.", "NAME Elvan"),
        row("mo sa att han inte orkar längre", "NAME mo"),
        // with the writer or in a cleft, a rarer name that is a rare word too
        row("Elita och jag har varit ihop i tre år.", "NAME Elita"),
        row("jag och elita bråkar hela tiden", "NAME elita"),
        // an age after the word
        row("Vi har ett barn, Vilja 9 år, som behöver stöd.", "NAME Vilja"),
        row("en elev, Ask, 8 år, berättade det", "NAME Ask"),
        row("Ville är 7 och går i ettan.", "NAME Ville"),
        // a kin noun and an age: two pieces of evidence for a rare name that is a frequent word
        row("min dotter vilja är 22 och bor hemma", "NAME vilja"),
        // an adjective between the possessive and the kin noun still makes it a kin noun
        row("hans bästa kompis vide är kvar i gruppen", "NAME vide"),
        row("min bästa vän sten har flyttat", "NAME sten"),
        // opening a clause with the writer, before the verb of both
        row("när liv och jag var små bodde vi hemma", "NAME liv"),
        row("mark och jag har varit ihop länge", "NAME mark"),
        // joined by "o", as chat writes "och", to a name before it
        row("jag och lisa o saga är hemma", "NAME lisa", "NAME saga"),
        // the second of a pair, with a bare age that ends its clause
        row("barnen då? tage e 3 o saga 6", "NAME tage", "NAME saga"),
        // the subject of a subordinate clause, a name ten thousand are called by
        row("jag tror att saga ljuger", "NAME saga"),
        // before a verb only a person does, also where the writer uses capitals but not for the name
        row("Jag tror att saga ljuger.", "NAME saga"),
        row("om klara vill så får hon bo här", "NAME klara"),
        // before a modal the everyday verbs lack
        row("barnen tycker att bo borde flytta till ett boende", "NAME bo"),
        // opening a sentence before a verb's form and a person as its object
        row("Han blev rädd. Rosa hämtar honom varje eftermiddag.", "NAME Rosa"),
        row("vi har en nanny. rosa låser in mig ibland", "NAME rosa"),
        // the object of a preposition that takes a person, its phrase ended
        row("vi åkte med björn till stan.", "NAME björn"),
        row("Jag är orolig för Ask.", "NAME Ask"),
        // capitalised inside a sentence by a writer who uses capitals, a frequent word that hundreds
        // are called by; a month so too as the subject of a clause
        row("Nu har Sol sagt att hon ska flytta.", "NAME Sol"),
        row("Jag ville hämta Sol efter lektionen.", "NAME Sol"),
        row("Jag vill inte att Maj ska råka illa ut.", "NAME Maj"),
        // an age in months, after the copula as chat writes it or in a relative clause
        row("Sol e 10 mån o vill bara vara ute.", "NAME Sol"),
        row("får de göra så medan jag är hemma med liv, som är 8 månader?", "NAME liv"),
        // after a kin noun, a frequent word before a verb only a person does
        row("min tjej vilja tror att jag sparar till vår resa", "NAME vilja"),
        // in a list of names with their ages in parentheses; an age in a relative clause with "nu"
        row("vi är familjehem för syskonen sol (9) och ask (6).", "NAME sol", "NAME ask"),
        row("ändå har vi gemensam vårdnad och saga, som nu är 8, bor hos honom", "NAME saga"),
        // an age with its unit in parentheses
        row("hej, vår dotter vilja (4 år) går på förskolan", "NAME vilja"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void homographsInNameSlotsAreNames(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // an adjective before a noun, though a verb's form and a pronoun follow
        row("Rosa kläder passar henne bäst."),
        // no finite verb after: an imperative or an elided subject
        row("Bo hos pappa varannan vecka och mamma resten."),
        // the infinitive after a modal
        row("man borde bo närmare skolan, tycker jag."),
        row("Bo kvar i huset eller sälja, det orkar jag inte tänka på."),
        row("Klara av det här själv nu."),
        row("bo hos pappa varannan vecka och mamma resten."),
        // maximum, not the name
        row("man får vara där max 3 år"),
        // an article before: the animal
        row("vi såg en björn 5 år gammal"),
        // no slot: a noun phrase
        row("Liv och hälsa är viktigast."),
        // a copula and what a thing is
        row("Sol är bra för huden men inte för mycket."),
        // a pronoun that is a name, before a verb: one slot is not enough
        row("Inga har svarat på mitt brev."),
        row("Inga vill gå dit på kvällen."),
        // a verb any subject takes, after a frequent word that hundreds are called by
        row("Vilja är viktigt i livet."),
        // a compound in the definite form the dictionary lacks is no name there
        row("Bandmedlemmarna slog ned sina antagonister."),
        // a verb opening a question has an infinitive after the kin noun
        row("Ville vår son åka med på lägret?"),
        // a bare number before a unit after the second of a pair: a quantity
        row("vi ska äta o bo 3 nätter där"),
        row("Alla sa att det var fel."),
        // in a cleft, a word that no one is called by
        row("det var glädje som fick mig att orka"),
        // a kin noun before a frequent word that is a rare name, without a second cue
        row("min dotter vilja är stark"),
        // an adjective and a noun that names no one
        row("min nya jacka är blå"),
        // "och jag" after a noun phrase opens a clause of its own
        row("här var kärlekens mark och jag älskade den"),
        // a subordinate subject that is a frequent word and a rarer name: the word
        row("vi vet att liv är viktigt"),
        // an object that is a frequent word and a rarer name: the word
        row("vi kämpar för liv och hälsa"),
        // a month capitalised where a month stands, and the word in lowercase
        row("Vi flyttade hit i Maj och har trivts."),
        row("Sedan Maj har jag mått dåligt."),
        // capitalised before a definite noun: the first word of a place's name
        row("Gränsen för när Vita huset måste svara går i dag."),
        row("nu har det varit sol hela dagen"),
        // "i dag" is an adverb of time, before an age too
        row("Vi är familjehem för en pojke som i dag är 8."),
        // numbered days in a list are no ages of names
        row("dag 3 och dag 4 var värst"),
        row("huset var byggt med sten och trä"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void wordReadingsStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
