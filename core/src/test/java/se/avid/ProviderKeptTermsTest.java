package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.rules.Rules;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;

/**
 * A {@link DetectorProvider}'s {@link DetectorProvider#keptTerms() kept terms} reach the builder's
 * allow-list: what another detector finds inside one is kept, unless the user switches them off or
 * the user's rules deny it.
 */
class ProviderKeptTermsTest {

  /** A provider of no detectors that keeps a betting site and a telecom operator. */
  public static final class KeepingProvider implements DetectorProvider {
    public KeepingProvider() {}

    @Override
    public List<Detector> detectors() {
      return List.of();
    }

    @Override
    public Collection<String> keptTerms() {
      return List.of("Bet365", "Tele2");
    }
  }

  private static final String POST = "han spelar på Bet365 och ringer från Tele2 070-123 45 67";

  @TempDir
  static Path dir;
  private static ClassLoader withProvider;

  @BeforeAll
  static void registerProvider() throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(DetectorProvider.class.getName()), KeepingProvider.class.getName() + "\n");
    withProvider = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ProviderKeptTermsTest.class.getClassLoader());
  }

  private static Anonymizer.Builder builder() {
    return Anonymizer.builder().classLoader(withProvider)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Tele2"));
  }

  @Test
  void whatAnotherDetectorFindsInAKeptTermIsKept() {
    assertEquals("han spelar på Bet365 och ringer från Tele2 [TELEFON]", builder().build().redact(POST));
  }

  @Test
  void withoutTheProviderTheSameFindingsAreRedacted() {
    assertEquals("han spelar på [REGISTRERINGSNUMMER] och ringer från [NAMN] [TELEFON]",
        Anonymizer.builder().addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Tele2")).build()
            .redact(POST));
  }

  @Test
  void theUserCanSwitchKeptTermsOff() {
    assertEquals("han spelar på [REGISTRERINGSNUMMER] och ringer från [NAMN] [TELEFON]",
        builder().keptTerms(false).build().redact(POST));
  }

  @Test
  void theUsersDenyListWinsOverAKeptTerm() {
    Rules rules = Rules.parse("kommun.txt", "[deny OTHER]\nTele2\n");
    assertEquals("han spelar på Bet365 och ringer från [UPPGIFT] [TELEFON]", builder().rules(rules).build().redact(POST));
  }

  @Test
  void withoutServiceLoadingNoProviderKeepsAnything() {
    assertEquals("han spelar på Bet365 och ringer från [NAMN] 070-123 45 67",
        builder().serviceLoading(false).build().redact(POST));
  }
}
