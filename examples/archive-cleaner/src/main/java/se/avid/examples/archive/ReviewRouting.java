package se.avid.examples.archive;

import java.util.Locale;

/**
 * Where a record with findings in the review band goes (findings scored from the review threshold
 * up to the redact threshold, left in the text for a person to judge). Either way it is listed in
 * the review list (its number, where it is, the types of those findings; never their text).
 */
enum ReviewRouting {

  /**
   * To a review output of the same format beside the clean output, not to the clean output: the
   * default, so that a doubtful record is never passed on as clean.
   */
  SEPARATE,

  /**
   * Kept in the clean output, in its place, and marked: a JSON record gets the field
   * {@code avid_review}, a CSV output the column {@code avid_review} (the types, or empty); plain
   * lines and directory files cannot be marked in the text, so only the review list says which they are.
   */
  INLINE;

  /** The name used on the command line. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ReviewRouting of(String name) throws ArchiveException {
    for (ReviewRouting r : values()) {
      if (r.optionName().equals(name.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw ArchiveException.usage("unknown --review '" + name + "' (use separate or inline)");
  }
}
