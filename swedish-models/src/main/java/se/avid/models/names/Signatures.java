package se.avid.models.names;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Where the writer signs a post: the word that ends the text after a slash or a closing ("/lemar",
 * "mvh ros"), alone on its last line or as its last sentence, and where a signature opens. A part
 * of {@link Cues}; not thread-safe, one per call.
 */
final class Signatures {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  /** The last token that is no punctuation: where a signature stands. */
  private final int lastNonPunct;
  /** The last word of the text (a phone number may follow it). */
  private final int lastWord;

  Signatures(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    int last = tokens.size() - 1;
    while (last >= 0 && tokens.kind(last) == Tokens.PUNCT) {
      last--;
    }
    // "/saga insta sagaa_lindh02", "mvh ros\nros.berg@gmail.com": the signature ends before the details
    last = ContactTail.before(tokens, last);
    int lastToken = last;
    while (last >= 0 && !tokens.isWord(last)) {
      last--;
    }
    this.lastWord = last;
    // "…ingen annanstans\ntina\n0734567812": a telephone number on a line of its own after the
    // signature belongs to it, so the signature ends at the last word
    this.lastNonPunct = phoneLineAfter(tokens, last, lastToken) ? last : lastToken;
  }

  /** After word {@code word}, the tokens up to {@code end} are a telephone number that opens a line. */
  private static boolean phoneLineAfter(Tokens tokens, int word, int end) {
    int first = word + 1;
    if (word < 0 || first > end || !tokens.has(first, Tokens.LINE_START)) {
      return false;
    }
    // "+46 73 551 20 84": a plus opens an international number
    int number = tokens.isPunct(first, '+') && first < end ? first + 1 : first;
    if (tokens.kind(number) != Tokens.NUMBER) {
      return false;
    }
    char[] lower = tokens.lower();
    int digits = 0;
    for (int i = tokens.start(first); i < tokens.end(end); i++) {
      if (lower[i] >= '0' && lower[i] <= '9') {
        digits++;
      }
    }
    return digits >= TelephoneNumbers.MIN_DIGITS;
  }

  /** Word {@code t} ends the text right after a slash: "/lemar", the writer's signature. */
  boolean slashSignature(int t) {
    int p = t - 1;
    return tokens.isPunct(p, '/') && tokens.end(p) == tokens.start(t) && (signatureEnd(t) || agedSignatureEnd(t)
        || (p == 0 || tokens.end(p - 1) < tokens.start(p)) && placedSignatureEnd(t)); // not "ja/nej i telefon"
  }

  /**
   * "/bo på klockarvägen 4", "/stig i kiruna", "/ros, malmö": after word {@code t} only where the
   * writer lives ends the text: a comma or "i", "på", "från", then a few words and numbers, with no
   * sentence ending between.
   */
  private boolean placedSignatureEnd(int t) {
    int u = t + 1;
    if (!(tokens.isPunct(u, ',') || tokens.is(u, "i") || tokens.is(u, "på") || tokens.is(u, "från"))) {
      return false;
    }
    int last = u + 1;
    while (last < tokens.size() && last <= u + PLACE_TOKENS && (tokens.isWord(last) || tokens.kind(last) == Tokens.NUMBER)) {
      last++;
    }
    return last > u + 1 && onlyPunctuationFrom(last);
  }

  /** Nothing but punctuation from token {@code u} to the text's end. */
  private boolean onlyPunctuationFrom(int u) {
    while (u < tokens.size() && tokens.kind(u) == Tokens.PUNCT) {
      u++;
    }
    return u >= tokens.size();
  }

  /** The most words and numbers of where a slash signature says the writer lives ("klockarvägen 4 b, 3 tr"). */
  private static final int PLACE_TOKENS = 4;

  /**
   * "/stig 72, skellefteå": after word {@code t} only the writer's age and, after a comma, one word
   * (their town) end the text.
   */
  private boolean agedSignatureEnd(int t) {
    int age = t + 1;
    if (age >= tokens.size() || tokens.kind(age) != Tokens.NUMBER || tokens.length(age) > 2) {
      return false;
    }
    int u = age + 1;
    if (tokens.isPunct(u, ',')) {
      u++;
      if (!tokens.isWord(u)) {
        return false;
      }
      u++;
    }
    return onlyPunctuationFrom(u);
  }

  /**
   * Word {@code t} ends the text right after a closing or a slash ("mvh ros", "hälsningar\nros",
   * "/ros", "/ros 72", "/ros i kiruna"), or alone on the last line of a text of several lines ("…mina föräldrar.\nVilja"):
   * the writer signs, so a word there that fifty people are called by is the name, whatever it
   * means as a word (nobody closes a post with a flower).
   */
  boolean signsOff(int t) {
    return slashSignature(t) || signatureEnd(t) && (afterClosing(t)
        || t > 0 && tokens.has(t, Tokens.LINE_START) && !tokens.has(t, Tokens.ALL_CAPS));
  }

  /**
   * A closing ("mvh", "hälsningar") right before word {@code t}, perhaps with a comma between, or
   * a thanks and a comma ("tack, lama", "tack på förhand, ros", "tack för svar, sol").
   */
  boolean afterClosing(int t) {
    int p = t - 1;
    while (p >= 0 && tokens.isPunct(p, ',')) {
      p--;
    }
    return tokens.isWord(p) && Category.CUE_SIGNATURE.in(flags[p]) || p < t - 1 && thanksEndingAt(p);
  }

  /**
   * Word {@code p} ends a thanks: "tack", "tack på förhand", "tack i förväg", "tack för svar"
   * (or "svaret", "hjälpen"). Before a comma and the text's last word, the thanks closes the post
   * and the word signs it; "tack" alone before a word is no closing ("tack alla").
   */
  private boolean thanksEndingAt(int p) {
    if (THANKS.has(tokens, p)) {
      return true;
    }
    int q = p - 2;
    return q >= 0 && THANKS.has(tokens, q)
        && (THANKED_IN_ADVANCE.has(tokens, p) && tokens.isAnyOf(p - 1, "på", "i")
            || THANKED_FOR.has(tokens, p) && tokens.is(p - 1, "för"));
  }

  private static final WordSieve THANKS = WordSieve.of("tack", "tacksam", "tackar");
  private static final WordSieve THANKED_IN_ADVANCE = WordSieve.of("förhand", "förväg");
  private static final WordSieve THANKED_FOR = WordSieve.of("svar", "svaret", "hjälpen", "hjälp", "allt");

  /** Word {@code t} is the last word of the text: nothing but numbers and punctuation after it ("… lund 070-418 22 93"). */
  boolean lastWordBeforeNumbers(int t) {
    return t == lastWord;
  }

  /** Word {@code t} is the last of the text that is no punctuation. */
  boolean signatureEnd(int t) {
    return t == lastNonPunct;
  }

  /**
   * A word alone on the last line of a text of several lines, capitalised, a first name that is no
   * word form as written ("Tina", "maj-lis") or one that a hundred people or more are called by
   * ("…vad ska jag göra\nsol"): a signature.
   */
  boolean lastLineAlone(int t) {
    return t > 0 && tokens.has(t, Tokens.LINE_START) && signatureEnd(t)
        && (tokens.has(t, Tokens.CAPITALISED) || words.countedFirstName(t) && !words.isFrequentOrListed(t)
            || !Category.WORD_FORM.in(flags[t]) && words.firstNameBearers(t) >= NameCounts.HUNDREDS);
  }

  /**
   * "…kan de tvinga honom inomhus? tina": a first name of the lists, or one that a hundred people
   * or more are called by, alone as the last sentence of the text, after its full stop, question
   * or exclamation mark: the writer signing on the same line.
   */
  boolean lastSentenceAlone(int t, int p) {
    return p >= 0 && signatureEnd(t) && endsSentence(p)
        && !Category.WORD_FORM.in(flags[t])
        && (Category.FIRST_NAME.in(flags[t]) || words.firstNameBearers(t) >= NameCounts.HUNDREDS);
  }

  /**
   * "…har 8000 sparat. axel 14": a first name of the lists, or one that a hundred people or more
   * are called by, with an age of one or two digits after it, as the last sentence or line of the
   * text: a young writer signing with his age.
   */
  boolean lastSentenceWithAge(int t, int p) {
    int age = t + 1;
    return signatureEnd(age) && AgeSlots.smallNumber(tokens, age) && tokens.adjacent(t)
        && (p >= 0 && endsSentence(p) || t > 0 && tokens.has(t, Tokens.LINE_START))
        && !Category.WORD_FORM.in(flags[t])
        && (Category.FIRST_NAME.in(flags[t]) || words.firstNameBearers(t) >= NameCounts.HUNDREDS);
  }

  /**
   * "…lyssnar inte på oss längre. Berîvan, mamma": a word that is no frequent one, then a comma
   * and a kin or role noun that ends the text, as the last sentence or line: the writer signing
   * with who she is.
   */
  boolean lastSentenceWithRole(int t, int p) {
    int role = t + 2;
    return tokens.isPunct(t + 1, ',') && signatureEnd(role) && tokens.isWord(role) && Category.CUE_NAME.in(flags[role])
        && (p >= 0 && endsSentence(p) || t > 0 && tokens.has(t, Tokens.LINE_START))
        && !Category.WORD_FORM.in(flags[t]) && !Cues.isCueWord(flags[t]) && !words.isFrequent(t);
  }

  /** Token {@code p} ends a sentence: a full stop, question or exclamation mark. */
  boolean endsSentence(int p) {
    return tokens.endsSentence(p);
  }

  /** Word {@code t} is the whole last sentence of the text, after a full stop, question or exclamation mark. */
  boolean aloneAsLastSentence(int t) {
    int p = t - 1;
    return signatureEnd(t) && endsSentence(p);
  }

  /** The most words of a name that signs the text as its last sentence ("Biret Inga Labba"). */
  private static final int MAX_SIGNED_WORDS = 3;

  /**
   * "…hos kommunen? Biret Labba": two or three words alone as the last sentence of the text, after
   * its full stop, question or exclamation mark, or alone on the last line after a closing or a
   * line that ends in a comma ("Giitu,\nBiret Labba"), none a word of the dictionary or the lists but
   * as a name: the writer signing a full name on the same line. Each capitalised, or, where the
   * text is lowercase, each no word at all; the first is where the signature opens.
   */
  boolean fullNameAsLastSentence(int t, int p, boolean writtenWithCapitals) {
    int words = lastNonPunct - t + 1;
    if (words < 2 || words > MAX_SIGNED_WORDS || p < 0
        || !(endsSentence(p) || tokens.has(t, Tokens.LINE_START) && (tokens.isPunct(p, ',') || afterClosing(t)))) {
      return false; // "Hälsningar\nBiret Labba", "Giitu,\nBiret Labba": a closing's line, then the name's
    }
    if (!writtenWithCapitals && lowercaseFullName(t)) {
      return true;
    }
    for (int u = t; u <= lastNonPunct; u++) {
      boolean capital = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
      long f = flags[u];
      if (!tokens.isWord(u) || tokens.length(u) < 2 || this.words.isFrequent(u) || !capital && this.words.isCommon(u)
          || (f & ~NAME_CATEGORIES) != 0 || (writtenWithCapitals ? !capital : f == 0 && capital)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "…hos kommunen?\nbiret labba": in a lowercase text, alone on the last line, a first word that
   * no list holds as a word (the stemmer may read one into it) and of no category but a name's,
   * then words that are no frequent ones (a surname may be a word too: "labba").
   */
  private boolean lowercaseFullName(int t) {
    if (!tokens.has(t, Tokens.LINE_START) || tokens.has(t, Tokens.CAPITALISED) || tokens.length(t) < 3
        || this.words.isFrequentOrListed(t) || (flags[t] & ~NAME_CATEGORIES) != 0) {
      return false;
    }
    for (int u = t + 1; u <= lastNonPunct; u++) {
      if (!tokens.isWord(u) || tokens.length(u) < 2 || tokens.has(u, Tokens.CAPITALISED) || this.words.isFrequent(u)
          || Category.WORD_FORM.in(flags[u])) {
        return false;
      }
    }
    return true;
  }

  /**
   * "…som hatbrott? /biret inga kuhmunen", "…burmesiska. zaw min htet 072-814 06 39": in a
   * lowercase text, two or three lowercase words that end it (a telephone number may follow),
   * after a sentence's end, a slash written against them or a closing ("giitu, biret labba"); the first and the last no word of any
   * list and of no category but a name's, any word between them ("inga", "min" are names there).
   */
  boolean lowercaseNameEndingText(int t, int p) {
    int count = lastWord - t + 1;
    // after a sentence's end, a slash against the name, or a closing and its comma ("giitu, biret labba")
    boolean closed = p >= 0 && closingBefore(p);
    boolean opens = p >= 0 && (endsSentence(p) || tokens.isPunct(p, '/') && tokens.end(p) == tokens.start(t)) || closed;
    if (count < 2 || count > MAX_SIGNED_WORDS || !opens) {
      return false;
    }
    for (int u = t; u <= lastWord; u++) {
      if (!tokens.isWord(u) || tokens.has(u, Tokens.CAPITALISED) || tokens.has(u, Tokens.ALL_CAPS)
          || this.words.inSet(ClauseWords.FINITE_VERBS, u)) {
        return false; // "boendet heter vitsippan" is a sentence
      }
    }
    // after a closing, words that are no frequent ones are the name it announces ("giitu, biret
    // labba"); else one of them no word even to the stemmer, which finds words in foreign names ("bir|et")
    if (closed) {
      return closedNamePart(t) && closedNamePart(lastWord);
    }
    return unlistedNamePart(t) && unlistedNamePart(lastWord) && !(this.words.isCommon(t) && this.words.isCommon(lastWord));
  }

  /** Token {@code p} is a closing ("mvh", "kiitos", "giitu"), or the comma after one. */
  private boolean closingBefore(int p) {
    int c = tokens.isPunct(p, ',') ? p - 1 : p;
    return tokens.isWord(c) && Category.CUE_SIGNATURE.in(flags[c]);
  }

  /**
   * "…hjälpa oss? rosa k", "…i somras.\nVilja B.": a first name and an initial, alone as the last
   * sentence or line of the text, sign it, whatever else the first word means ("rosa" the colour,
   * "vilja" the will): no sentence ends in a word and a lone letter but "plan b" and "vitamin c",
   * whose words no one is called by.
   */
  boolean initialledNameEndingText(int t, int p) {
    int initial = t + 1;
    return lastWord == initial && tokens.isWord(initial) && tokens.length(initial) == 1 && tokens.adjacent(t)
        && tokens.length(t) >= 2 && (p < 0 || endsSentence(p) || tokens.has(t, Tokens.LINE_START))
        && (Category.FIRST_NAME.in(flags[t]) || this.words.firstNameBearers(t) > 0);
  }

  /** After a closing, a part of the name it announces: no frequent word, of no category but a name's ("labba"). */
  private boolean closedNamePart(int u) {
    return tokens.length(u) >= 3 && !this.words.isFrequent(u) && (flags[u] & ~NAME_CATEGORIES) == 0;
  }

  private boolean unlistedNamePart(int u) {
    return tokens.length(u) >= 3 && !this.words.isFrequentOrListed(u) && (flags[u] & ~NAME_CATEGORIES) == 0;
  }

  /** The categories a word of a signed name may have: a first name or a surname. */
  private static final long NAME_CATEGORIES = Category.bits(Category.FIRST_NAME, Category.SURNAME);

  /** Whether word {@code t} is the last word of the text, with nothing but punctuation after it. */
  boolean lastWord(int t) {
    return signatureEnd(t);
  }

  /**
   * Word {@code t} opens a signature: it follows a closing ("mvh", "/") or opens the last line.
   */
  boolean opensSignature(int t) {
    int p = t - 1;
    return tokens.has(t, Tokens.LINE_START) || tokens.isPunct(p, '/')
        || tokens.isWord(p) && Category.CUE_SIGNATURE.in(flags[p]);
  }
}
