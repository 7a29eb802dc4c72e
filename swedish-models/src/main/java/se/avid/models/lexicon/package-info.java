/**
 * The shared Swedish lexicons (name lists, gazetteers, cue words, the Hunspell sv_SE stems) in
 * a trie and a hash table looked up from {@code char[]} slices, and what the detectors of one
 * call share: the one-pass tokenizer and the words' endings.
 */
package se.avid.models.lexicon;
