package se.avid.models.names;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The contact details that may follow a writer's signature at the end of a post: an e-mail
 * address or a user name, perhaps after the platform or medium that names it
 * ("/saga insta sagaa_lindh02", "mvh ros\nros.berg@gmail.com", "hälsningar sol, sol.k@hotmail.com").
 * The signature ends before them, so the name is read as the text's last word. Stateless.
 */
final class ContactTail {

  private ContactTail() {}

  /** Words that name the platform or medium of the details after them: "insta", "snap:", "mejl". */
  private static final WordSieve MEDIA = WordSieve.of("insta", "instagram", "ig", "snap", "snapchat", "sc", "tiktok",
      "kik", "discord", "telegram", "facebook", "fb", "messenger", "mejl", "mail", "mejla", "e-post", "epost", "email",
      "tel", "tfn", "mobil", "mob", "nr", "nummer");

  /**
   * The last token before the contact details that end the text at token {@code last} (the last
   * that is no punctuation), or {@code last} itself when the text ends in none.
   *
   * @param tokens the text's tokens
   * @param last the last token that is no punctuation
   * @return where the text ends without its contact details
   */
  static int before(Tokens tokens, int last) {
    int end = last;
    boolean details = false;
    while (end >= 0) {
      int first = chunkStart(tokens, end);
      if (isDetail(tokens, first, end)) {
        details = true;
      } else if (!(details && first == end && MEDIA.has(tokens, end))) {
        break;
      }
      end = first - 1;
      while (end >= 0 && (tokens.isPunct(end, ',') || tokens.isPunct(end, ':'))) {
        end--; // "sol, sol.k@…", "snap: vilja02"
      }
    }
    return details && end >= 0 ? end : last;
  }

  /** The first token of the run of tokens with no space between them that ends at token {@code end}. */
  private static int chunkStart(Tokens tokens, int end) {
    int first = end;
    while (first > 0 && tokens.end(first - 1) == tokens.start(first)) {
      first--;
    }
    return first;
  }

  /**
   * The run of tokens {@code first..end} holds an "@" or an underscore, or letters and digits
   * both: an address or a user name ("sol.k@hotmail.com", "kalle_k", "viljaa02"); not a number
   * alone ("storgatan 12", which {@link Signatures} reads as it did).
   */
  private static boolean isDetail(Tokens tokens, int first, int end) {
    char[] lower = tokens.lower();
    boolean digit = false;
    boolean letter = false;
    int from = tokens.start(first);
    int to = tokens.end(end);
    for (int i = from; i < to; i++) {
      char c = lower[i];
      if (c == '@' || c == '_' || c == '(' && spelledAt(lower, i + 1, to)) {
        return true; // "sol.k@hotmail.com", "kalle_k", "rosmarie.e(at)telia.com"
      }
      digit |= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    return digit && letter || end > first && tokens.isPunct(end - 1, '.') && DOMAINS.has(tokens, end); // "minblogg.se"
  }

  /** The at-sign spelled in brackets from {@code i}: "at)", "a)". */
  private static boolean spelledAt(char[] lower, int i, int to) {
    return i + 2 < to && lower[i] == 'a' && lower[i + 1] == 't' && lower[i + 2] == ')'
        || i + 1 < to && lower[i] == 'a' && lower[i + 1] == ')';
  }

  /** The top-level domains of most addresses in Swedish posts, ending a run of tokens after a dot. */
  private static final WordSieve DOMAINS = WordSieve.of("se", "com", "nu", "net", "org", "fi", "no", "dk", "eu", "io");
}
