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
 * After a cue, a lowercase word that no list knows and that has an ending of ordinary words is a
 * name unless it is a compound or a past tense, or the context model is sure it is no name.
 */
class CuedUnknownWordTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        row("min moster shler i malmö är den enda som förstår mig", "NAME shler", "PLACE malmö"),
        // a rare ordinary word after a kin noun said as a title: no noun follows one, a name does;
        // but "mamma" and "barn" also begin compounds typed apart
        row("jag pratar med mormor risten men hon sörjer själv", "NAME risten"),
        row("jag pratar samiska med áhkku risten varje dag", "NAME risten"),
        row("vi går till mamma gruppen på stan"),
        row("jag har pratat med farmor hemma"),
        row("hon sa förra veckan att mormor luktade konstigt"),
        // and after a role or kin noun in its definite singular; not after a plural
        row("jag pratade med kuratorn maret igår", "NAME maret"),
        row("handläggaren risten sa att vi inte fick", "NAME risten"),
        row("barnen leker ute och mamman blockat mig"),
        // a relation noun in its definite singular names without a possessive
        row("jag träffade killen maret på festen", "NAME maret"),
        row("killen bredvid mig och tjejen jag träffade"),
        // and after a possessive's kin noun, or any definite cue noun
        row("vid mötet om min son anan den 14 mars hade socialtjänsten bokat en tolk", "NAME anan"),
        row("grannen stickan i lgh bredvid spelar musik", "NAME stickan"),
        row("grannen ovanför mig spelar musik"),
        row("nu har läkaren anmält mig och gett polisen kontot"),
        row("hur löser man det utan att familjen splittras?"),
        row("nu har polisen inlett en förundersökning"),
        // a compound's past tense after a role noun is its verb, though no list holds it
        row("läkaren sjukskrev mig i två veckor"),
        row("morsan tjatar om att ja ska träffa nån"),
        // a friend's word of slang, a role noun and its copula, "min äldsta" for the child
        row("bor hos min polare mojje i kallhäll just nu", "NAME mojje", "PLACE kallhäll"),
        row("chefen e sussie på humana", "NAME sussie"),
        row("min äldsta sol 9 vill hem till pappa", "NAME sol"),
        // "den äldsta" after the children are counted
        row("vi har tre barn, den äldsta mina är kanske 10", "NAME mina"),
        row("den äldsta delen av huset är från 1800-talet"),
        // a verb of naming with the one it names, and an apposition that ends its sentence
        row("hej, jag heter wanida men alla kallar mig kwan", "NAME wanida", "NAME kwan"),
        // what a name was changed to; and a change of a firm's name names no one
        row("Schemat är fel fast jag bytte namn till Ro hos Skatteverket i maj.", "NAME Ro"),
        row("schemat är fel fast jag bytte namn till ro hos skatteverket i maj", "NAME ro"),
        row("jag bytte namn till lek när jag kom hit", "NAME lek"),
        row("han bytte namn till nu"),
        // after an institution noun in a prepositional phrase "heter" names the person, not the institution
        row("min kontaktperson på boendet heter karin lind men hon jobbar bara tre dagar", "NAME karin lind"),
        // a surname that is also a word, after "han heter": the name he says he has
        row("han heter park och bor på samma gata", "NAME park"),
        row("vi har bytt namn till ett nytt företag"),
        // the name one goes by, and a relative clause that calls a person so (not a thing)
        row("en av dem, som kallar sig xxdarkwolfxx, har sagt åt honom", "NAME xxdarkwolfxx"),
        row("vår son alexander, som vi kallar acke, är 20 och har adhd.", "NAME alexander", "NAME acke"),
        row("det är det som vi kallar liv"),
        row("en sak som vi kallar mobbning"),
        row("jag bor med en annan ukrainsk tjej, daryna. jag läser sfi.", "NAME daryna"),
        row("min son oliver, hemma heter han nong, äter inte lunch", "NAME oliver", "NAME nong"),
        row("chefen e sjuk och min äldsta har adhd"),
        row("de kallar mig dum i skolan"),
        // after a calling verb and the one it names, a frequent word that people are called by is the name;
        // a noun of a kind of person there is a label
        row("jag heter kannika men alla kallar mig lek.", "NAME kannika", "NAME lek"),
        row("tjejerna i klassen kallar henne zigenare och filmar henne"),
        row("han kallar mig lögnare inför barnen"),
        row("jag har en ny tjej, typ."),
        row("min mamma skurade golvet hela dagen"),
        row("de kallas resonanspartiklar i boken"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void anUnknownWordAfterACueIsANameUnlessItIsAWordForm(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
