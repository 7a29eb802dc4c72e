package se.avid.models.lexicon;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import se.avid.text.ScanText;

/**
 * The tokens of one text, found in one linear pass: words (letters, with inner hyphens and
 * apostrophes: "Anna-Karin", "Lars-Erik"), numbers (digits) and single punctuation chars; and,
 * in a reused buffer, each word lowercased at its own offsets, for lexicon lookups without
 * strings.
 *
 * <p>Immutable once made (no method writes, and callers must not write into {@link #lower()}), so
 * that the detectors of one call can share them. Offsets are those of the {@link ScanText}. The
 * arrays are lent to the call by the anonymizer ({@link TokenBuffers}): not to be kept after it.
 */
public final class Tokens {

  /** A run of letters. */
  public static final byte WORD = 1;
  /** A run of digits. */
  public static final byte NUMBER = 2;
  /** One char that is neither letter, digit nor space. */
  public static final byte PUNCT = 3;

  /** Shape bit: the first letter is uppercase. */
  public static final int CAPITALISED = 1;
  /** Shape bit: at least two letters, none lowercase ("BRIS"). */
  public static final int ALL_CAPS = 2;
  /** Shape bit: the first word of a sentence (after . ! ? : or a line break, or of the text). */
  public static final int SENTENCE_START = 4;
  /** Shape bit: a line break lies between this token and the previous one. */
  public static final int LINE_START = 8;

  /** Bits of {@link #info} that hold the kind; the shape bits lie above them. */
  private static final int KIND_BITS = 2;
  private static final int KIND_MASK = (1 << KIND_BITS) - 1;
  /** Bit of {@link #info}, above the shape bits: only spaces separate the token from the next ({@link #adjacent}). */
  private static final byte ADJACENT = 1 << 6;

  /** Numbers the tokens of each text, so that per-thread records can tell texts apart ({@link TokenLexemes}). */
  private static final AtomicLong SERIALS = new AtomicLong();

  private final ScanText text;
  private final long serial = SERIALS.getAndIncrement();
  /** The arrays below, lent to this call and reused by the thread's next one. */
  private final TokenBuffers buffers;
  /** The text's length: the arrays may be longer. */
  private final int length;
  private final char[] lower;
  private int[] start;
  private int[] end;
  /** Per token: its shape bits shifted left by {@link #KIND_BITS}, or'd with its kind and {@link #ADJACENT}. */
  private byte[] info;
  /** Per token: a word's {@link #head}, a punctuation char with {@link #PUNCT_HEAD}, 0 for a number. */
  private int[] head;
  private int size;
  /**
   * The per-thread records this text was last served from ({@link TokenLexemes}), or null: read
   * and written by {@link TokenLexemes} only, which checks that they are the calling thread's.
   */
  TokenLexemes lexemeCache;

  private Tokens(ScanText text) {
    this.text = text;
    this.length = text.length();
    this.buffers = text.reusable(TokenBuffers.class, TokenBuffers.class, TokenBuffers::new);
    // about one token in five chars of Swedish prose: room for most texts without growing
    buffers.reserve(length, length / 4 + 16);
    this.lower = buffers.lower;
    this.start = buffers.start;
    this.end = buffers.end;
    this.info = buffers.info;
    this.head = buffers.head;
  }

  /**
   * The tokens of {@code text}, made once per call: the name and the address detectors, run one
   * after the other on the same {@link ScanText}, share them (a tenth of their time).
   *
   * @param text the text of one call
   * @return the tokens, made once per text
   */
  public static Tokens of(ScanText text) {
    return text.derived(Tokens.class, Tokens.class, Tokens::tokenize);
  }

  private static Tokens tokenize(ScanText text) {
    Tokens t = new Tokens(text);
    Tokenizer.scan(text, t.lower, t.length, t);
    t.markAdjacent();
    t.markHeads();
    return t;
  }

  /** Appends a token, while the tokens are made: {@link Tokenizer} calls it in text order. */
  void add(int s, int e, byte k, int sh) {
    if (size == start.length) {
      buffers.reserve(length, size * 2);
      start = buffers.start;
      end = buffers.end;
      info = buffers.info;
      head = buffers.head;
    }
    start[size] = s;
    end[size] = e;
    info[size] = (byte) (sh << KIND_BITS | k);
    size++;
  }

  /**
   * The number of tokens.
   *
   * @return the number of tokens
   */
  public int size() {
    return size;
  }

  /**
   * The offset where token {@code t} starts.
   *
   * @param t the index of a token
   * @return its start
   */
  public int start(int t) {
    return start[t];
  }

  /**
   * The offset where token {@code t} ends.
   *
   * @param t the index of a token
   * @return its end (exclusive)
   */
  public int end(int t) {
    return end[t];
  }

  /**
   * The length of token {@code t}.
   *
   * @param t the index of a token
   * @return its length in chars
   */
  public int length(int t) {
    return end[t] - start[t];
  }

  /**
   * The kind of token {@code t}; 0 past the last token.
   *
   * @param t the index of a token
   * @return the kind
   */
  public byte kind(int t) {
    return t < size ? (byte) (info[t] & KIND_MASK) : 0;
  }

  /**
   * True if token {@code t} is a word; false for any index out of range.
   *
   * @param t the index of a token, or any int
   * @return whether it is a word
   */
  public boolean isWord(int t) {
    return t >= 0 && t < size && (info[t] & KIND_MASK) == WORD;
  }

  /**
   * True if token {@code t} has the shape bit; false past the last token.
   *
   * @param t the index of a token
   * @param shapeBit one shape bit ({@link #CAPITALISED}, {@link #ALL_CAPS}, ...)
   * @return whether it has the bit
   */
  public boolean has(int t, int shapeBit) {
    return t < size && (info[t] >>> KIND_BITS & shapeBit) != 0;
  }

  /**
   * The lowercased chars of every word, at the words' own offsets (between words: the normalised
   * text). It may be longer than the text: the chars past the text's length belong to no text.
   * Callers must not write into it, nor keep it after the call (it is reused, see
   * {@link TokenBuffers}).
   *
   * @return the lowercase chars
   */
  public char[] lower() {
    return lower;
  }

  /**
   * The normalised char at text offset {@code i}.
   *
   * @param i an offset in the text
   * @return the char
   */
  public char charAt(int i) {
    return text.charAt(i);
  }

  /**
   * True if token {@code t} is a word that is one of {@code words} (given in lowercase), in any case:
   * a scan, for the two or three words written at a call ("och", "eller"); a constant list that a
   * rule asks of many tokens is a {@link WordSieve}, made once, which gives the same answer.
   *
   * @param t the index of a token, or any int
   * @param words the words, in lowercase
   * @return whether it is one of them
   */
  public boolean isAnyOf(int t, String... words) {
    if (!isWord(t)) {
      return false;
    }
    int s = start[t];
    int len = end[t] - s;
    char first = lower[s];
    for (String w : words) {
      // the length and the first letter settle nearly every word
      if (w.length() == len && w.charAt(0) == first && sameRest(s, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if token {@code t} is a word that ends with one of {@code endings} (given in lowercase),
   * in any case, or is one of them: the head of a compound ("inkasso|bolaget", "appen").
   *
   * @param t the index of a token
   * @param endings the endings, in lowercase
   * @return whether it ends so
   */
  public boolean endsWithAny(int t, String... endings) {
    if (!isWord(t)) {
      return false;
    }
    int s = start[t];
    int e = end[t];
    for (String ending : endings) {
      int from = e - ending.length();
      if (from >= s && sameChars(from, ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code t} begins with one of {@code prefixes} and goes on after it: the prefix
   * is a proper first part ({@code grund} in {@code grundskolan}, not {@code grund} itself).
   *
   * @param t the index of a token
   * @param prefixes lowercase first parts
   * @return whether the word begins with one and is longer
   */
  public boolean hasPrefix(int t, String... prefixes) {
    if (!isWord(t)) {
      return false;
    }
    int s = start[t];
    int length = end[t] - s;
    for (String prefix : prefixes) {
      if (length > prefix.length() && sameChars(s, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lowercase chars from {@code from} are those of {@code chars}. */
  private boolean sameChars(int from, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (lower[from + i] != chars.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if token {@code t} is a word that is {@code word} (given in lowercase) in any case.
   *
   * @param t the index of a token, or any int
   * @param word the word, in lowercase, not empty
   * @return whether it is that word
   */
  public boolean is(int t, String word) {
    // small enough to be inlined at every call, where the word's length and first letter are
    // constants: one compare with the token's head settles nearly every token
    return head(t) == head(word) && sameRest(start[t], word);
  }

  /**
   * True if tokens {@code a} and {@code b} are written with the same chars, in any case: the same
   * word repeated ("dag efter dag", "klitsch, klitsch") or a list's repeated preposition.
   *
   * @param a the index of a token
   * @param b the index of another token
   * @return whether both read the same
   */
  public boolean sameWord(int a, int b) {
    int length = length(a);
    return length == length(b)
        && Arrays.equals(lower, start[a], start[a] + length, lower, start[b], start[b] + length);
  }

  /**
   * The length and the first lowercase letter of word {@code t} in one int, {@code length << 16 |
   * letter}; negative for a punctuation char; 0 for a number, an index out of range or a word too
   * long for any rule's list. A word of another length or first letter than every word of a list
   * is none of them: {@link WordSieve} tests it first, one load for nearly every token.
   *
   * @param t the index of a token, or any int
   * @return the word's length and first letter
   */
  public int headOf(int t) {
    return head(t);
  }

  /** The {@link #head} of token {@code t}; 0 for an index out of range. */
  private int head(int t) {
    return t >= 0 && t < size ? head[t] : 0;
  }

  /** A word's length and first letter in one int: never 0, as no word is empty. */
  private static int head(String word) {
    return word.length() << 16 | word.charAt(0);
  }

  /** Words this long get no {@link #head}: none of the rules' words is, and the length must fit its bits. */
  private static final int MAX_HEAD_LENGTH = Short.MAX_VALUE;

  /**
   * Sets the {@link #head} of every token, once per text: the length and the first letter of a
   * word; a punctuation char (kept as is) with {@link #PUNCT_HEAD}; 0 for a number.
   */
  private void markHeads() {
    for (int t = 0; t < size; t++) {
      int s = start[t];
      int length = end[t] - s;
      int kind = info[t] & KIND_MASK;
      head[t] = kind == WORD && length <= MAX_HEAD_LENGTH ? length << 16 | lower[s] : kind == PUNCT ? PUNCT_HEAD | lower[s] : 0;
    }
    buffers.headsUsed(size);
  }

  /** Whether the chars after the first of the word at {@code s} are those of {@code word}, of its length. */
  private boolean sameRest(int s, String word) {
    for (int i = 1; i < word.length(); i++) {
      if (lower[s + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if token {@code t} is the punctuation char {@code c}.
   *
   * @param t the index of a token
   * @param c a punctuation char
   * @return whether it is that char
   */
  public boolean isPunct(int t, char c) {
    // as small as is(), for the same reason: inlined, one compare with a constant
    return head(t) == (PUNCT_HEAD | c);
  }

  /**
   * True if token {@code t} ends a sentence: a full stop, question or exclamation mark.
   *
   * @param t the index of a token
   * @return whether it is one of them
   */
  public boolean endsSentence(int t) {
    return isPunct(t, '.') || isPunct(t, '?') || isPunct(t, '!');
  }

  /** The sign bit: the head of a punctuation char, which no word's head (its length above 0) equals. */
  private static final int PUNCT_HEAD = Integer.MIN_VALUE;

  /**
   * True if only spaces (no line break, no other char) separate tokens {@code a} and {@code a + 1}.
   *
   * @param a the index of a token
   * @return whether only spaces separate them
   */
  public boolean adjacent(int a) {
    return a >= 0 && a + 1 < size && (info[a] & ADJACENT) != 0;
  }

  /**
   * Sets {@link #ADJACENT} of each token that one or more spaces, and nothing else, separate from
   * the next: once per text, as the rules ask it of most tokens, some several times.
   */
  private void markAdjacent() {
    char[] chars = lower; // between words: the normalised text itself
    for (int a = 0; a + 1 < size; a++) {
      int from = end[a];
      int to = start[a + 1];
      boolean spaces = to > from;
      for (int i = from; i < to && spaces; i++) {
        spaces = chars[i] == ' ';
      }
      if (spaces) {
        info[a] |= ADJACENT;
      }
    }
  }

  /**
   * The record of word {@code t} in {@code lexicon}, looked up once per text and thread however
   * many detectors ask (the same record as {@link SwedishLexicon#lexeme} of the word's lowercase
   * chars).
   *
   * @param t a word token of these tokens
   * @param lexicon the lexicon to look it up in
   * @return the word's record
   */
  public Lexeme lexeme(int t, SwedishLexicon lexicon) {
    return TokenLexemes.lexeme(this, t, lexicon);
  }

  /**
   * Looks every word of the text up in {@code lexicon} at once, for a detector that asks
   * {@link #lexeme} of nearly every word: the same records, found faster in one go (the cache
   * misses of the word table overlap).
   *
   * @param lexicon the lexicon to look the words up in
   */
  public void lookUpAll(SwedishLexicon lexicon) {
    TokenLexemes.lookUpAll(this, lexicon);
  }

  /** This text's number, unique in the JVM: the key of the per-thread records of {@link TokenLexemes}. */
  long serial() {
    return serial;
  }

  /**
   * The whole text as written, to which {@link #start} and {@link #end} are offsets too.
   *
   * @return the text
   */
  public String originalText() {
    return text.original();
  }

  /**
   * The text of token {@code t} as written in the original.
   *
   * @param t the index of a token
   * @return its text
   */
  public String original(int t) {
    return text.original().substring(start[t], end[t]);
  }
}
