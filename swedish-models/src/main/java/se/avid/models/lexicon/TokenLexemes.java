package se.avid.models.lexicon;

import java.util.Arrays;

/**
 * The {@link Lexeme} of each word of the text being analysed, looked up once per text however
 * many detectors ask ({@link Tokens#lexeme}): the name, residual-leak, institution and
 * street-address detectors read the same records, and the word table is asked once a word.
 *
 * <p>One per thread, reused from text to text so that a text costs no array of its own. It is
 * keyed by the serial number of the {@link Tokens} it holds the records of (never by the text
 * itself, so no post is kept past its call) and by the lexicon they came from: a request for
 * other tokens or another lexicon clears it first. That also keeps it right when a finding sink
 * analyses another text on the same thread in the middle of a call: the records are only ever
 * read through {@link #lexeme}, which checks the key first. Not thread-safe.
 */
final class TokenLexemes {

  /** Arrays for more tokens than this (about a 100 KB document) are let go at the next text. */
  private static final int MAX_KEPT_TOKENS = 1 << 15;
  private static final int INITIAL_TOKENS = 512;

  private static final ThreadLocal<TokenLexemes> PER_THREAD = ThreadLocal.withInitial(TokenLexemes::new);

  /**
   * The thread whose records these are: the tokens keep the last one they were served from
   * ({@link Tokens#lexemeCache}), so that a word costs no thread-local probe, and any other thread
   * that finds it there takes its own instead (final: seen whole even through a data race).
   */
  private final Thread owner = Thread.currentThread();
  private long serial = -1;
  private SwedishLexicon lexicon;
  private Lexeme[] records = new Lexeme[INITIAL_TOKENS];
  /** Scratch of {@link LexemeTable#getAll}: per token the key of its first guess, or 0. */
  private long[] keys = new long[INITIAL_TOKENS];
  /** Whether every word's record is in {@link #records} ({@link #lookUpAll}). */
  private boolean complete;
  /** How many entries of {@link #records} may be set (and must be cleared for the next text). */
  private int used;

  private TokenLexemes() {}

  /** The record of word {@code t} of {@code tokens}, looked up in {@code lexicon} on the first request of this text. */
  static Lexeme lexeme(Tokens tokens, int t, SwedishLexicon lexicon) {
    TokenLexemes cache = of(tokens, lexicon);
    Lexeme x = cache.records[t];
    if (x == null) {
      x = lexicon.lexeme(tokens.lower(), tokens.start(t), tokens.length(t));
      cache.records[t] = x;
    }
    return x;
  }

  /**
   * Looks every word of {@code tokens} up at once, for a detector that will ask for all of them:
   * the word table's records lie far apart in memory, and asked in one loop of independent reads
   * ({@link LexemeTable#getAll}) their cache misses overlap instead of following one another.
   */
  static void lookUpAll(Tokens tokens, SwedishLexicon lexicon) {
    TokenLexemes cache = of(tokens, lexicon);
    if (!cache.complete) {
      lexicon.lexemes(tokens, cache.records, cache.keys);
      cache.complete = true;
    }
  }

  /** This thread's records, set for {@code tokens} and {@code lexicon}. */
  private static TokenLexemes of(Tokens tokens, SwedishLexicon lexicon) {
    TokenLexemes cache = tokens.lexemeCache;
    if (cache == null || cache.owner != Thread.currentThread()) {
      cache = PER_THREAD.get(); // once per text and thread, not once per word
      tokens.lexemeCache = cache;
    }
    if (cache.serial != tokens.serial() || cache.lexicon != lexicon) {
      cache.reset(tokens, lexicon);
    }
    return cache;
  }

  private void reset(Tokens tokens, SwedishLexicon lexicon) {
    int n = tokens.size();
    if (records.length < n || records.length > MAX_KEPT_TOKENS && n <= MAX_KEPT_TOKENS) {
      records = new Lexeme[Math.max(n, INITIAL_TOKENS)];
      keys = new long[records.length];
    } else {
      Arrays.fill(records, 0, Math.min(used, records.length), null);
    }
    used = n;
    complete = false;
    serial = tokens.serial();
    this.lexicon = lexicon;
  }
}
