package se.avid.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.avid.text.ScanText;

/**
 * Finds every occurrence of many terms in one pass (Aho–Corasick), case-insensitively, on word
 * boundaries, with runs of whitespace in the text matching the single space of a term and an
 * optional genitive {@code -s} after it ({@code Lena Holms} is {@code Lena Holm}). Time is linear
 * in the text plus the number of matches, whatever the number of terms.
 *
 * <p>Terms are given in {@link Terms#normalize normal form}. Immutable and thread-safe once built.
 */
final class TermMatcher {

  /** Receives each match: the term's index as given to the constructor, and its span. */
  @FunctionalInterface
  interface MatchSink {
    void match(int term, int start, int end);
  }

  /** Per state: its sorted outgoing chars and their targets. */
  private final char[][] edgeChars;
  private final int[][] edgeTargets;
  private final int[] fail;
  /** Per state: the terms that end exactly here; and the nearest fail-ancestor that ends terms. */
  private final int[][] output;
  private final int[] outputLink;
  private final int[] termLength;
  /** A power of two above the longest term: the ring of recent text offsets needs no more. */
  private final int ringMask;

  TermMatcher(List<String> terms) {
    List<Map<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(new TreeMap<>());
    out.add(new ArrayList<>());
    termLength = new int[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      termLength[t] = term.length();
      int state = 0;
      for (int i = 0; i < term.length(); i++) {
        Integer next = trie.get(state).get(term.charAt(i));
        if (next == null) {
          next = trie.size();
          trie.get(state).put(term.charAt(i), next);
          trie.add(new TreeMap<>());
          out.add(new ArrayList<>());
        }
        state = next;
      }
      out.get(state).add(t);
    }
    int longest = 1;
    for (int len : termLength) {
      longest = Math.max(longest, len);
    }
    ringMask = Integer.highestOneBit(longest) * 2 - 1;
    int size = trie.size();
    edgeChars = new char[size][];
    edgeTargets = new int[size][];
    output = new int[size][];
    for (int s = 0; s < size; s++) {
      Map<Character, Integer> edges = trie.get(s);
      edgeChars[s] = new char[edges.size()];
      edgeTargets[s] = new int[edges.size()];
      int k = 0;
      for (Map.Entry<Character, Integer> e : edges.entrySet()) { // TreeMap: sorted by char
        edgeChars[s][k] = e.getKey();
        edgeTargets[s][k] = e.getValue();
        k++;
      }
      output[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    fail = new int[size];
    outputLink = new int[size];
    Arrays.fill(outputLink, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int target : edgeTargets[0]) {
      fail[target] = 0;
      queue.add(target);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int k = 0; k < edgeChars[s].length; k++) {
        char c = edgeChars[s][k];
        int target = edgeTargets[s][k];
        int f = fail[s];
        while (f != 0 && step(f, c) < 0) {
          f = fail[f];
        }
        int g = step(f, c);
        fail[target] = g >= 0 && g != target ? g : 0;
        outputLink[target] = output[fail[target]].length > 0 ? fail[target] : outputLink[fail[target]];
        queue.add(target);
      }
    }
  }

  private int step(int state, char c) {
    int k = Arrays.binarySearch(edgeChars[state], c);
    return k >= 0 ? edgeTargets[state][k] : -1;
  }

  /** Reports every occurrence of a term in {@code text} that neither starts nor ends inside a word. */
  void find(ScanText text, MatchSink sink) {
    find(text, 0, text.length(), sink);
  }

  /**
   * Reports every occurrence of a term that lies inside {@code text[from, to)} and neither starts
   * nor ends inside a word (the chars around the window still count as word chars).
   */
  void find(ScanText text, int from, int to, MatchSink sink) {
    int[] origin = new int[ringMask + 1]; // text offsets of the chars last fed to the automaton
    int fed = 0;
    boolean lastWasSpace = true; // leading whitespace is not fed
    int state = 0;
    for (int i = from; i < to; i++) {
      if (text.isIgnorable(i)) {
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (lastWasSpace) {
          continue;
        }
        c = ' ';
        lastWasSpace = true;
      } else {
        c = Character.toLowerCase(c);
        lastWasSpace = false;
      }
      origin[fed++ & ringMask] = i;
      int next;
      while ((next = step(state, c)) < 0 && state != 0) {
        state = fail[state];
      }
      state = next < 0 ? 0 : next;
      for (int s = output[state].length > 0 ? state : outputLink[state]; s >= 0; s = outputLink[s]) {
        for (int term : output[s]) {
          report(text, sink, term, origin[(fed - termLength[term]) & ringMask], i + 1);
        }
      }
    }
  }

  private static void report(ScanText text, MatchSink sink, int term, int start, int end) {
    if (text.isWordChar(start) && text.isWordChar(start - 1)) {
      return;
    }
    if (text.isWordChar(end - 1) && text.isWordChar(end)) {
      // a genitive -s is part of the term's mention: "Lena Holms mamma"
      if (Character.toLowerCase(text.charAt(end)) == 's' && !text.isWordChar(end + 1)) {
        end++;
      } else {
        return;
      }
    }
    sink.match(term, start, end);
  }
}
