package se.avid.models.institutions;

import static se.avid.models.institutions.InstitutionDetector.KEPT;
import static se.avid.models.institutions.InstitutionDetector.PERSON;
import static se.avid.models.institutions.InstitutionDetector.PLACE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The first part of a compound that ends in an institution's ending ("katedral|skolan",
 * "bup-|mottagningen"): where it ends, and whether it names a place or person, is kept, ends in a
 * name element or is an ordinary word. Immutable and thread-safe.
 */
final class InstitutionHeads {

  private final SwedishLexicon lexicon;

  InstitutionHeads(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The length of the part before an institution ending ("katedral|skolan") given the word's ending, or 0 without one. */
  static int institutionHead(long suffix, int length) {
    if (suffix == 0 || !Category.INSTITUTION_SUFFIX.in(suffix)) {
      return 0;
    }
    return length - (int) (suffix >>> 32);
  }

  /** The first part is a place or a person ("Fittja|skolan", "Rosengårds|skolan"), with or without a linking -s. */
  boolean isNamedHead(char[] lower, int start, int head) {
    long named = PLACE | PERSON;
    return (SwedishLexicon.categories(lexicon.facts(lower, start, head)) & named) != 0
        || lower[start + head - 1] == 's' && (SwedishLexicon.categories(lexicon.facts(lower, start, head - 1)) & named) != 0;
  }

  /** The first part is a kept term before a hyphen ("bup-"). */
  boolean isKeptHead(char[] lower, int start, int head) {
    return head > 2 && lower[start + head - 1] == '-'
        && (SwedishLexicon.categories(lexicon.facts(lower, start, head - 1)) & KEPT) != 0;
  }

  /**
   * The first part ends in a name element, with or without a linking -s ("sol|backa|skolan",
   * "hassel|lund|s|gymnasiet"), or is a compass point ("söder|kliniken").
   */
  static boolean isElementHead(char[] lower, int start, int head) {
    return NameElements.endsInElement(lower, start, head) || NameElements.isCompassPoint(lower, start, head)
        || NameElements.isNatureStem(lower, start, head)
        || lower[start + head - 1] == 's' && NameElements.endsInElement(lower, start, head - 1);
  }

  /** The first part is an ordinary word, with or without a linking -s or -e ("grund", "familje"). */
  boolean isWordHead(char[] lower, int start, int head, char[] scratch) {
    if (lexicon.isCommonWord(lower, start, head, scratch)) {
      return true;
    }
    char link = lower[start + head - 1];
    return (link == 's' || link == 'e') && head > 3 && lexicon.isCommonWord(lower, start, head - 1, scratch);
  }
}
