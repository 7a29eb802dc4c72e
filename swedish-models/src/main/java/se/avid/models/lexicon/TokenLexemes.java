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

  private long serial = -1;
  private SwedishLexicon lexicon;
  private Lexeme[] records = new Lexeme[INITIAL_TOKENS];
  /** How many entries of {@link #records} may be set (and must be cleared for the next text). */
  private int used;

  private TokenLexemes() {}

  /** The record of word {@code t} of {@code tokens}, looked up in {@code lexicon} on the first request of this text. */
  static Lexeme lexeme(Tokens tokens, int t, SwedishLexicon lexicon) {
    TokenLexemes cache = PER_THREAD.get();
    if (cache.serial != tokens.serial() || cache.lexicon != lexicon) {
      cache.reset(tokens, lexicon);
    }
    Lexeme x = cache.records[t];
    if (x == null) {
      x = lexicon.lexeme(tokens.lower(), tokens.start(t), tokens.length(t));
      cache.records[t] = x;
    }
    return x;
  }

  private void reset(Tokens tokens, SwedishLexicon lexicon) {
    int n = tokens.size();
    if (records.length < n || records.length > MAX_KEPT_TOKENS && n <= MAX_KEPT_TOKENS) {
      records = new Lexeme[Math.max(n, INITIAL_TOKENS)];
    } else {
      Arrays.fill(records, 0, Math.min(used, records.length), null);
    }
    used = n;
    serial = tokens.serial();
    this.lexicon = lexicon;
  }
}
