package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Tokens;

/**
 * The subject that Swedish puts right after its finite verb when something else opens the clause
 * ("nu har sol sagt", "sen dess har liv inte", "när de kom hem säger vilja att"): a bare singular
 * noun never stands there, so a word there that is also a first name is most likely the person.
 * A part of {@link NameSlots}; not thread-safe, one per call.
 */
final class InvertedSubjects {

  /** No inverted subject. */
  static final int NONE = 0;
  /** An inverted subject before an adverb or a supine: "nu har sol inte", "idag har ask ringt". */
  static final int INVERTED = 1;
  /** One whose verb only a person does: "säger vilja att", "nu har sol sagt". */
  static final int PERSONS = 2;

  private final Tokens tokens;
  private final WordFacts words;

  InvertedSubjects(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.words = words;
  }

  /**
   * Whether word {@code t} stands as an inverted subject: right after a finite verb that something
   * other than its subject opens (an adverb, a clause set off by a comma, or nothing: a question),
   * and right before an adverb or a supine; or between a verb of saying and "att".
   *
   * @return {@link #NONE}, {@link #INVERTED} or {@link #PERSONS}
   */
  int at(int t) {
    int v = t - 1;
    int after = t + 1;
    if (!tokens.isWord(v) || !tokens.adjacent(v) || !tokens.adjacent(t) || !tokens.isWord(after)
        || !words.inSet(ClauseWords.FINITE_VERBS, v)) {
      return NONE;
    }
    if (words.inSet(ClauseWords.SAYING_VERBS, v) && tokens.is(after, "att")) {
      return PERSONS; // "säger vilja att": what says so is a person
    }
    if (!openedByOther(v - 1)) {
      return NONE; // "vi har sol ute": the subject before the verb, the word its object
    }
    if (words.inSet(PERSONS_SUPINES, after)) {
      return PERSONS;
    }
    if (words.inSet(MODALS, v) && words.inSet(PERSONS_INFINITIVES, after)) {
      return PERSONS; // "får dag veta att", "kan sol sova hos oss?": a person's infinitive after its modal
    }
    return words.inSet(ClauseWords.SENTENCE_ADVERBS, after) || supine(after) ? INVERTED : NONE;
  }

  /** Token {@code u}, right before the finite verb, is no subject: an opening adverb, punctuation or the text's start. */
  private boolean openedByOther(int u) {
    return u < 0 || !tokens.isWord(u) || words.inSet(OPENING_ADVERBS, u);
  }

  /** A supine by its shape: four letters or more ending in -t ("flyttat", "varit", "fått"), no adverb or pronoun in -t. */
  private boolean supine(int u) {
    return tokens.length(u) >= 4 && tokens.lower()[tokens.end(u) - 1] == 't' && !words.inSet(NOT_SUPINES, u);
  }

  /** Adverbs that open a clause and push its subject after the verb: "nu har", "igår ringde", "sen dess har". */
  private static final CharArraySet OPENING_ADVERBS = WordFacts.words(
      "nu", "sen", "sedan", "då", "dess", "igår", "idag", "ikväll", "inatt", "imorse", "också", "därför", "ändå",
      "plötsligt", "tyvärr", "ibland", "ofta", "alltid", "aldrig", "hemma", "där", "här", "dessutom", "efteråt",
      "förut", "senare", "tidigare", "länge", "nyligen", "snart", "nog", "kanske");

  /** Supines of what only a person does: "har sol sagt", "har ask berättat". */
  private static final CharArraySet PERSONS_SUPINES = WordFacts.words(
      "sagt", "berättat", "skrivit", "ringt", "frågat", "svarat", "lovat", "bett", "velat", "vägrat", "bestämt",
      "gråtit", "erkänt", "ljugit", "träffat", "flyttat", "pratat", "tjatat", "sms:at", "smsat");

  /** Modal verbs before a subject and an infinitive: "får dag veta", "kan sol sova". */
  private static final CharArraySet MODALS = WordFacts.words("kan", "kunde", "får", "fick", "ska", "skulle", "måste",
      "vill", "ville", "bör", "borde", "brukar");

  /** Infinitives of what only a person does: "får dag veta", "ska vilja berätta". */
  private static final CharArraySet PERSONS_INFINITIVES = WordFacts.words("veta", "sova", "träffa", "prata", "säga",
      "berätta", "ringa", "följa", "gråta", "leka", "flytta", "fråga", "svara", "bestämma");

  /** Words in -t that are no supine: "mycket", "inget", "allt", "bort". */
  private static final CharArraySet NOT_SUPINES = WordFacts.words(
      "mycket", "inget", "något", "nåt", "allt", "bort", "fort", "litet", "lätt", "rätt", "tyst", "helt", "annat",
      "sent", "tidigt", "just", "dit", "hit", "ut", "ett", "det", "detta", "mitt", "ditt", "sitt", "vårt", "ert");
}
