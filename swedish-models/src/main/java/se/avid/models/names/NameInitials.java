package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * The initials beside a found name ({@code A. Svensson}, {@code K-G Andersson}, {@code Anna K.},
 * {@code Lisa P}): a capital letter, with or without its dot, or two joined by a hyphen, right
 * before a name or right after one at the end of its phrase. Left out, the initial stays beside
 * the redacted name and narrows down who is meant. Only capitals are read, or a lowercase letter
 * with its dot before the name: a lone lowercase letter is as often a typo or a list's mark. Not
 * thread-safe; one per call.
 */
final class NameInitials {

  private final Tokens tokens;
  private final WordLabels labels;
  private final Signatures signatures;
  private final WordFacts words;

  NameInitials(Tokens tokens, WordLabels labels, Signatures signatures, WordFacts words) {
    this.tokens = tokens;
    this.labels = labels;
    this.signatures = signatures;
    this.words = words;
  }

  /** Labels the initials before and after every found name as part of it. */
  void join() {
    byte[] type = labels.type;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (type[t] != NAME) {
        continue;
      }
      int before = initialBefore(t);
      if (before >= 0) {
        labels.set(before, NAME, labels.score[t]);
      }
      int after = t + 1;
      if (after < n && openToInitial(after) && tokens.adjacent(t)
          && (isInitial(after) && endsPhrase(after) || signedLetterAfter(after, t))) {
        labels.set(after, NAME, labels.score[t]);
        t = after;
      } else {
        t = dottedRunAfter(t);
      }
    }
  }

  /**
   * "heter K. M. Somawathie", "J. R. Ek": a found initial with its dot goes on to the next
   * initial with its dot, and the last to the name after it, capitalised and a listed name or no
   * word ("heter K. Jag bor" ends at the initial); labels them as name {@code t} and returns the last.
   */
  private int dottedRunAfter(int t) {
    int u = t;
    while (isInitial(u) && tokens.length(u) == 1 && tokens.isPunct(u + 1, '.') && tokens.end(u) == tokens.start(u + 1)
        && tokens.adjacent(u + 1)) {
      int next = u + 2;
      if (!tokens.isWord(next) || !openToInitial(next)
          || !(isInitial(next) || tokens.has(next, Tokens.CAPITALISED) && nameOrNoWord(next))) {
        break;
      }
      labels.set(next, NAME, labels.score[t]);
      u = next;
    }
    return u;
  }

  /**
   * "…svara här och inte via mejl. a.", "skriv inte mitt namn.\nB": a lone letter, in any case,
   * that is the whole last sentence or line of the text signs it with an initial; not a letter
   * that is a word ("i", "å", "ö", "o" for "och").
   */
  static void signingLetter(Tokens tokens, WordLabels labels, Signatures signatures) {
    int t = tokens.size() - 1;
    if (t >= 0 && tokens.isPunct(t, '.')) {
      t--;
    }
    if (t < 1 || !tokens.isWord(t) || tokens.length(t) != 1 || !labels.openToName(t)) {
      return;
    }
    char letter = tokens.lower()[tokens.start(t)];
    if (!Character.isLetter(letter) || LETTER_WORDS.indexOf(letter) >= 0
        || !(tokens.has(t, Tokens.LINE_START) || signatures.endsSentence(t - 1) && tokens.end(t - 1) < tokens.start(t))) {
      return; // not the end of an abbreviation ("m.m.", "e.m.")
    }
    labels.set(t, NAME, NameScores.VOCATIVE);
  }

  /**
   * The initial right before name {@code t}, or -1: {@code K-G} or {@code A} before it, or
   * {@code A.} with its dot; a lone capital opening a sentence only with its dot ("I Svensson" is
   * "in", "A. Svensson" an initial).
   */
  private int initialBefore(int t) {
    int p = t - 1;
    if (p >= 0 && tokens.isPunct(p, '.') && p >= 1 && tokens.end(p - 1) == tokens.start(p) && tokens.end(p) < tokens.start(t)) {
      int letter = p - 1;
      // "A. Svensson"; "e. lundqvist" too where it signs the text, alone on its last line; "j. ortiz"
      return openToInitial(letter) && (isInitial(letter) || signedInitial(letter, t) || dottedLowercaseInitial(letter)) ? letter : -1;
    }
    if (p < 0 || !tokens.adjacent(p) || !openToInitial(p) || !(isInitial(p) || tokens.length(p) == 3 && signedInitial(p, t))) {
      return -1;
    }
    return tokens.length(p) > 1 || !tokens.has(p, Tokens.SENTENCE_START) ? p : -1;
  }

  /**
   * Initial {@code u} (a letter with its dot, or two joined by a hyphen) opens the last line or
   * sentence of the text, or follows a slash, and its last word is name {@code t}: "\ne. lundqvist",
   * "…först? a-k lindholm", "/p-o niemi".
   */
  private boolean signedInitial(int u, int t) {
    // "/p-o niemi": a slash opens a signature as a line does
    if (!tokens.isWord(u) || !(tokens.has(u, Tokens.LINE_START) || u > 0 && (signatures.endsSentence(u - 1)
        || tokens.isPunct(u - 1, '/') && tokens.end(u - 1) == tokens.start(u)))) {
      return false;
    }
    if (!signatures.signatureEnd(t)) {
      return false; // a word or a number follows the name
    }
    char[] lower = tokens.lower();
    int s = tokens.start(u);
    return tokens.length(u) == 1 ? Character.isLetter(lower[s])
        : tokens.length(u) == 3 && Character.isLetter(lower[s]) && lower[s + 1] == '-' && Character.isLetter(lower[s + 2]);
  }

  /**
   * A lone letter, in any case, right after name {@code t} that opens a signature, ending the text:
   * the initial of a surname in "/linus e", "mvh sara k"; lowercase is read here, for nothing but
   * the signature follows.
   */
  private boolean signedLetterAfter(int u, int t) {
    return tokens.isWord(u) && tokens.length(u) == 1 && Character.isLetter(tokens.lower()[tokens.start(u)])
        && signatures.signatureEnd(u) && signatures.opensSignature(t);
  }

  /**
   * "en lindén och en j. ortiz": a lowercase letter with its dot (read by the caller) before a found
   * name is its initial, where the dot is no abbreviation's ("bl.a.", "t.ex.": a dot right before the
   * letter) and the letter no word ("i", "å", "ö", "o", "e").
   */
  private boolean dottedLowercaseInitial(int u) {
    if (!tokens.isWord(u) || tokens.length(u) != 1 || u > 0 && tokens.end(u - 1) == tokens.start(u)) {
      return false;
    }
    char letter = tokens.lower()[tokens.start(u)];
    return Character.isLetter(letter) && LETTER_WORDS.indexOf(letter) < 0 && letter != 'e'; // "e" for "är" too
  }

  /**
   * Token {@code u} may be taken in as an initial: unlabelled, or a name or place too doubtful to
   * redact ("A" of "A. Svensson" read by the context model as a doubtful place): a lone letter is
   * no place of its own.
   */
  private boolean openToInitial(int u) {
    return labels.openToPlace(u);
  }

  /** A listed first name or surname, or a word no list holds in any form ("Somawathie"). */
  private boolean nameOrNoWord(int u) {
    long f = words.flags[u];
    return ProperNameDetector.any(f, ProperNameDetector.PERSON) && !Category.WORD_FORM.in(f) || f == 0 && !words.isCommon(u);
  }

  /** Letters that are words alone: "i", "å", "ö", and "o" for "och". */
  private static final String LETTER_WORDS = "iåöo";

  /** Token {@code u} is a capital letter ("A") or two joined by a hyphen ("K-G"). */
  private boolean isInitial(int u) {
    if (!tokens.isWord(u) || !tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS)) {
      return false;
    }
    int s = tokens.start(u);
    int len = tokens.length(u);
    char[] lower = tokens.lower();
    if (len == 1) {
      return Character.isLetter(lower[s]);
    }
    return len == 3 && tokens.has(u, Tokens.ALL_CAPS) && Character.isLetter(lower[s]) && lower[s + 1] == '-'
        && Character.isLetter(lower[s + 2]);
  }

  /** The initial after a name ends its phrase: its dot, a comma, the line's or the text's end ("Anna K.", "Lisa P"). */
  private boolean endsPhrase(int u) {
    int next = u + 1;
    if (next >= tokens.size() || tokens.has(next, Tokens.LINE_START)) {
      return true;
    }
    return tokens.kind(next) == Tokens.PUNCT && tokens.start(next) == tokens.end(u)
        && (tokens.isPunct(next, '.') || tokens.isPunct(next, ',') || tokens.isPunct(next, '!') || tokens.isPunct(next, '?'));
  }
}
