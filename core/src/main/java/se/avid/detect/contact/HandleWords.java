package se.avid.detect.contact;

/**
 * The words {@link HandleDetector} reads around a handle: nouns for the name itself, words that
 * name a handle, and words that are never one. Lowercase, compared in any case.
 */
final class HandleWords {

  private HandleWords() {}

  /** Platform words that are nouns for the name itself: after them {@code är} links the handle. */
  static final String[] NAME_NOUNS = {
    "gamertag", "gamertagen", "användarnamn", "användarnamnet", "username", "ign", "spelnamn", "spelnamnet"
  };

  /** Words that, before a handle and "på" and a platform, name it ({@code följ x på insta}, {@code heter x på discord}). */
  static final String[] NAMING_WORDS = {"heter", "följ", "följa", "adda", "addera", "addar"};

  /** Function words that are never handles after a linker ({@code snap: jag har inte}). */
  static final String[] FUNCTION_WORDS = {
    "jag", "du", "han", "hon", "vi", "ni", "de", "dem", "mig", "dig", "oss", "och", "men", "eller", "att", "det", "den",
    "en", "ett", "är", "har", "inte", "så", "med", "till", "på", "i", "som", "kan", "också", "nu", "om", "då", "var",
    "där", "här", "the", "and", "or", "heter", "mitt", "min", "hade", "typ", "bara", "alla", "nån", "någon", "vet",
    "ingen", "inget", "vad", "hur", "nåt", "något", "nog", "väl", "ju", "kanske", "ofta", "aldrig", "alltid"
  };

  /** What one follows or adds that is no handle: "följa konton på TikTok", "adda folk på snap". */
  static final String[] FOLLOWED_THINGS = {
    "konton", "kontot", "konto", "profiler", "profilen", "sidor", "sidan", "folk", "personer", "tjejer", "killar",
    "influencers", "kändisar", "grupper", "gruppen", "videor", "videos", "klipp", "honom", "henne", "hen", "dem", "dom",
    "mig", "dig", "oss", "er", "alla", "andra", "fler", "nya", "vänner", "kompisar"
  };
}
