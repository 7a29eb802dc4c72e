package se.avid.detect.contact;

import se.avid.text.ScanText;

/**
 * The words before a number that tell {@link PhoneNumberDetector} what it is: a phone cue
 * ({@code ring}, {@code tel}, {@code mobil}) or the cue of another kind of number
 * ({@code kundnr}, {@code Dnr}, {@code kl}); the nearest within the window decides. Stateless.
 */
final class PhoneCues {

  private PhoneCues() {}

  /** Words right before a number that say it is a phone number. */
  private static final String[] PHONE_WORDS = {
    "ring", "ringa", "ringer", "ringde", "ringt", "tel", "telefon", "telefonnummer", "telefonnumret", "telnr",
    "mobil", "mobilen", "mobilnummer", "mobilnumret", "mobilnr", "nummer", "numret", "nr", "sms", "smsa", "nås",
    "nå", "swish", "swisha", "whatsapp", "kontakta", "kontakt", "fax", "växel", "telefonen", "hemnummer"
  };

  /**
   * Words right before a number that make it another kind of number ({@code Dnr 0123-456789},
   * {@code kundnr 012345678}, {@code bankgiro 0123-4567}); a mobile number after them is still
   * reported, with a lower score, as people give phones as customer numbers.
   */
  private static final String[] OTHER_NUMBER_WORDS = {
    "dnr", "diarienummer", "diarienr", "ärende", "ärendenummer", "ärendenr", "kundnummer", "kundnr", "ordernummer",
    "ordernr", "fakturanummer", "fakturanr", "ocr", "referensnummer", "ref", "bankgiro", "bg", "plusgiro", "pg",
    "kontonummer", "kontonr", "konto", "clearingnummer", "clearingnr", "clearing", "organisationsnummer", "orgnr",
    "kl", "klockan", "datum", "artikelnummer", "artnr", "version"
  };

  /** The cues of a personnummer, another kind of number too, of ten or twelve digits. */
  private static final String[] PERSONNUMMER_WORDS = {"personnummer", "pnr", "personnr"};

  private static final WordList PHONE_CUES = new WordList(PHONE_WORDS);
  private static final WordList OTHER_NUMBER_CUES = new WordList(join(OTHER_NUMBER_WORDS, PERSONNUMMER_WORDS));
  private static final WordList PERSONNUMMER_CUES = new WordList(PERSONNUMMER_WORDS);
  /** Every cue word but a personnummer's: the nearest cue is a personnummer's only if none of these is nearer. */
  private static final WordList NOT_PERSONNUMMER_CUES = new WordList(join(PHONE_WORDS, OTHER_NUMBER_WORDS));

  private static String[] join(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * True when the nearest cue word before {@code start} is a personnummer's ({@code pnr: 08-123 456
   * 78}): it says nothing of a number of another length, which is then judged as if uncued.
   */
  static boolean personnummerCueAt(ScanText t, int start) {
    return ScanSupport.contextBefore(t, start, PERSONNUMMER_CUES, NOT_PERSONNUMMER_CUES) == ScanSupport.FIRST;
  }

  /** 1 after a phone cue word, -1 after a cue for another kind of number, else 0. */
  static int cueAt(ScanText t, int start) {
    int cue = ScanSupport.contextBefore(t, start, OTHER_NUMBER_CUES, PHONE_CUES);
    return cue == ScanSupport.FIRST ? -1 : cue == ScanSupport.SECOND ? 1 : 0;
  }

  /** True after a phone cue word within the window ({@code ring 70 123 45 67}). */
  static boolean phoneCueBefore(ScanText t, int start) {
    return ScanSupport.contextBefore(t, start, PHONE_CUES);
  }
}
