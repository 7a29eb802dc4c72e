package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class IpAddressDetectorTest {

  private static final IpAddressDetector IP = IpAddressDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "hans ip var «192.168.1.23» enligt loggen",
    "från «85.224.12.7».",
    "(«0.0.0.0»)",
    "«255.255.255.255»",
    "«2001:db8:85a3::8a2e:370:7334»",
    "«2001:0db8:85a3:0000:0000:8a2e:0370:7334»",
    "«fe80::1»",
    "adress «2001:db8::ff00:42:8329»:",
  })
  void findsAddresses(String marked) {
    assertFinds(IP, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "192.168.1.1a",
    "priset 1.299,50",
    "mötet 2023.01.15",
    "klockan 08:30:15",
    "klockan 08:30",
    "::1",
    "cafe::bad",
    "dead:beef",
    "ett::två",
    "a1:b2:c3",
    "1:2:3:4:5:6:7:8:9",
  })
  void ignoresWhatIsNoAddress(String text) {
    assertFinds(IP, text);
  }

  @Test
  void versionNumbersScoreLow() {
    assertFinds(IP, "uppdatera till version ‹1.2.3.4›");
  }

  @Test
  void reportsExactOffsets() {
    assertEquals(List.of(new Found(3, 14, EntityType.IP_ADDRESS, IpAddressDetector.ADDRESS)),
        Marked.run(IP, "ip 10.0.12.255"));
  }
}
