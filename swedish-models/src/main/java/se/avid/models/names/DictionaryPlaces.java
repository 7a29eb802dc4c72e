package se.avid.models.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The place names among the capitalised stems of the Hunspell sv_SE dictionary (LanguageTool's
 * {@code language-sv} jar, LGPL-3.0): stems carrying the affix flag {@code e}, which the dictionary
 * gives to towns, villages, islands and foreign cities ("Rimbo", "Bagdad", "Bryssel") and not to
 * persons, or the flag {@code v}, which it gives to Swedish places ("Alnarp", "Trondheim") but also
 * to some surnames of place-name shape ("Strindberg", "Sjöberg"). They let a proper noun the
 * project's lists lack be reported as a place rather than a name ("flyttade till Narvik").
 *
 * <p>Read once, on first use, in one pass over the dictionary's chars; lowercased. Immutable and
 * thread-safe.
 */
final class DictionaryPlaces {

  static final String DICTIONARY = "/org/languagetool/resource/sv/hunspell/sv_SE.dic";

  /** Affix flags of sv_SE.aff found on place names only (with few exceptions, see the tests). */
  private static final char PLACE_FLAG = 'e';
  private static final char PLACE_FLAG_GENITIVE_LESS = 'v';

  private DictionaryPlaces() {}

  /** True if the lowercase word is a capitalised Hunspell stem flagged {@code e}: surely a place. */
  static boolean isPlace(char[] chars, int offset, int length) {
    return Holder.PLACES.contains(chars, offset, length);
  }

  /**
   * True if the lowercase word is a capitalised Hunspell stem flagged {@code v} and not {@code e}:
   * a place, or a surname shaped like one ("Strindberg").
   */
  static boolean isPlaceOrSurname(char[] chars, int offset, int length) {
    return Holder.PLACES_OR_SURNAMES.contains(chars, offset, length);
  }

  private static final class Holder {
    static final CharArraySet PLACES = new CharArraySet(1_000, false);
    static final CharArraySet PLACES_OR_SURNAMES = new CharArraySet(1_500, false);

    static {
      load(PLACES, PLACES_OR_SURNAMES);
    }
  }

  /**
   * Fills {@code places} with the stems flagged {@code e} and {@code placesOrSurnames} with those
   * flagged {@code v} and not {@code e}, in one pass. Scans the UTF-8 bytes and decodes only
   * the ~2,000 stems that qualify: the flags are ASCII, and decoding the whole dictionary again
   * would cost a cold start some 200 ms.
   */
  private static void load(CharArraySet places, CharArraySet placesOrSurnames) {
    byte[] dic;
    try (InputStream in = DictionaryPlaces.class.getResourceAsStream(DICTIONARY)) {
      if (in == null) {
        throw new IllegalStateException("language-sv resource missing from the classpath: " + DICTIONARY);
      }
      dic = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DICTIONARY, e);
    }
    int i = 0;
    while (i < dic.length && dic[i] != '\n') {
      i++; // the first line holds the entry count
    }
    while (++i < dic.length) {
      int start = i;
      int slash = -1;
      boolean e = false;
      boolean v = false;
      while (i < dic.length && dic[i] != '\n') {
        byte c = dic[i];
        if (c == '/' && slash < 0) {
          slash = i;
        } else if (slash >= 0) {
          e |= c == PLACE_FLAG;
          v |= c == PLACE_FLAG_GENITIVE_LESS;
        }
        i++;
      }
      if (!(e || v) || slash - start < 2) {
        continue;
      }
      String stem = new String(dic, start, slash - start, StandardCharsets.UTF_8);
      // capitalised, then lowercase: not acronyms or compounds like "AP-fond"
      if (stem.length() >= 2 && Character.isUpperCase(stem.charAt(0)) && Character.isLowerCase(stem.charAt(1))) {
        (e ? places : placesOrSurnames).add(stem.toLowerCase(Locale.ROOT));
      }
    }
  }
}
