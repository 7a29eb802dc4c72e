package se.avid.models.names;

import java.util.Arrays;
import se.avid.models.lexicon.Lexeme;

/**
 * The per-word arrays of one run of the name rules, kept by a thread from one text to the next
 * so that a call allocates no arrays of its own beyond its result. {@link #prepare} hands them
 * out cleared for a text of {@code n} tokens; after a text much longer than a post they are let
 * go, so that a thread does not hold the memory of its largest document. Not thread-safe: one
 * per thread ({@link ProperNameDetector} keeps them in a {@link ThreadLocal}).
 */
final class NameWorkspace {

  /** Arrays for more tokens than this (about a 100 KB document) are not kept after the call. */
  static final int MAX_KEPT_TOKENS = 1 << 15;
  private static final int INITIAL_TOKENS = 512;

  long[] flags;
  long[] facts;
  /** Per word, its {@link Lexeme} (null for other tokens). */
  Lexeme[] lexemes;
  boolean[] genitive;
  byte[] commonCache;
  byte[] type;
  double[] score;
  int[] spanEnd;
  int[] windowStart;
  /** The sure names of a text, as token indices, for {@link Propagation#propagate}. */
  int[] names;
  /** The words "och", "o" and "eller" of a text, as token indices, for {@link Propagation#coordinate}. */
  int[] ands;
  /** How many of {@link #ands} are set. */
  int andCount;
  /** The first-char-and-length filter of those names. */
  final long[] shapes = new long[Propagation.SHAPE_WORDS];
  private char[] scratch = new char[64];
  /** Whether a run is using the arrays (a sink may call the detector again, on the same thread). */
  boolean inUse;

  NameWorkspace() {
    allocate(INITIAL_TOKENS);
  }

  /** Clears the first {@code n} entries of every array, growing them first if they are shorter. */
  NameWorkspace prepare(int n) {
    if (type.length < n) {
      allocate(Math.max(n, type.length * 2));
      return this; // new arrays are clear
    }
    Arrays.fill(flags, 0, n, 0L);
    Arrays.fill(facts, 0, n, 0L);
    Arrays.fill(lexemes, 0, n, null);
    Arrays.fill(genitive, 0, n, false);
    Arrays.fill(commonCache, 0, n, (byte) 0);
    Arrays.fill(type, 0, n, (byte) 0);
    Arrays.fill(score, 0, n, 0.0);
    Arrays.fill(spanEnd, 0, n, 0);
    // windowStart needs no clearing: ScorerWindows writes each entry before it reads it
    return this;
  }

  /** A char buffer of at least {@code length} chars, for look-ups of parts of words. */
  char[] scratch(int length) {
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    return scratch;
  }

  /** Whether the arrays are small enough to keep for the next text. */
  boolean worthKeeping() {
    return type.length <= MAX_KEPT_TOKENS;
  }

  private void allocate(int tokens) {
    flags = new long[tokens];
    facts = new long[tokens];
    lexemes = new Lexeme[tokens];
    genitive = new boolean[tokens];
    commonCache = new byte[tokens];
    type = new byte[tokens];
    score = new double[tokens];
    spanEnd = new int[tokens];
    windowStart = new int[tokens];
    names = new int[tokens];
    ands = new int[tokens];
  }
}
