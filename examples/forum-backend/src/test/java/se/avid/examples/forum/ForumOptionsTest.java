package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForumOptionsTest {

  @Test
  void helpIsRecognisedAnywhereAmongTheOptions() {
    assertTrue(ForumOptions.wantsHelp(new String[] {"--help"}));
    assertTrue(ForumOptions.wantsHelp(new String[] {"--port", "9000", "-h"}));
  }

  @Test
  void ordinaryOptionsAreNoRequestForHelp() {
    assertFalse(ForumOptions.wantsHelp(new String[] {"--port", "9000", "--in-memory"}));
  }

  @Test
  void anUnknownOptionIsAUsageErrorNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ForumOptions.parse(new String[] {"--prot", "1"}));
    assertEquals("unknown option --prot", e.getMessage());
  }

  @Test
  void theHelpTextSaysWhatTheServerDoesBeforeTheUsage() {
    assertTrue(ForumOptions.HELP_INTRO.startsWith("avid forum backend:"));
    assertTrue(ForumOptions.USAGE.contains("--retention-days"));
  }
}
