/**
 * The shared Swedish lexicons (name lists, gazetteers, cue words, the Hunspell sv_SE stems) in
 * Lucene structures, and the one-pass tokenizer the detectors share.
 */
package se.avid.models.lexicon;
