/*
 * Place probe: how often avid leaks invented or listed places and institutions in invented
 * advice-post sentences, as written, lowercased and lowercased without å/ä/ö.
 *
 *   mvn -q -B -ntp -pl examples/evaluation -am package -DskipTests
 *   java -cp examples/evaluation/target/avid-evaluate.jar examples/evaluation/probes/PlaceProbe.java \
 *       dev|held [seed] [per-class] [class-to-list] [places-dir]
 *
 * Classes: localities of ortsnamn.csv and municipalities of kommuner.csv in place slots
 * (i, från, till, vid, utanför, nära, before kommun/centrum); invented institution names (a
 * first part and a place-name element, "Granbacken") as a genitive and as a bare word before an
 * institution noun; one-word compounds ending in an institution ending ("Polhemsgymnasiet");
 * compounds of a municipality and an area word ("Göteborgsområdet"). "dev" frames and first
 * parts are for developing rules, "held" ones are held back for reporting. A sentence leaks when
 * the place (a genitive without its -s) is still in the redacted text; unflagged when the post is
 * also not flagged for review (review threshold 0.3). [places-dir] holds ortsnamn.csv and
 * kommuner.csv (default /work/shared/data/places, the project's copy of the public lists);
 * nothing of it is committed. Naming class-to-list prints that class's leaks.
 */
import se.avid.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
public class PlaceProbe {
  // place slot frames: {P} a locality or municipality
  static final String[][] PLACE = {
    {"vi bor i {P} sedan två år", "jag flyttade till {P} i somras", "han kommer från {P} och dricker", "socialtjänsten i {P} svarar inte",
     "finns det någon stödgrupp i {P}?", "{P} kommun har nekat oss", "mamma bor kvar i {P} med min lillebror", "vi ses vid stationen i {P}",
     "har sökt lägenhet i {P} men kön är lång", "jag växte upp i {P}", "vi bodde utanför {P} när det hände", "han jobbar nära {P} nu"},
    {"vi flyttade hit från {P} förra året", "min exman bor i {P} med sin nya", "jag har en kompis i {P} som", "kan man få hjälp i {P} också?",
     "pappa åkte till {P} igen", "barnen går i skolan i {P}", "vi bor på landet utanför {P}", "{P} centrum är otryggt på kvällarna",
     "familjerätten i {P} säger nej", "hon har precis flyttat till {P}", "jag bor nära {P} och", "skolan vid {P} har ringt"}};
  static final String[][] INST = {
    {"mamma bor på {X} äldreboende", "min son går på {X} förskola", "hon ligger på {X} vårdcentral nu", "han går på {X} skola sedan i höstas",
     "vi har plats på {X} gruppboende", "jag jobbar på {X} dagliga verksamhet", "pappa flyttade till {X} demensboende", "personalen på {X} boende är snälla"},
    {"min dotter går på {X} förskola", "farmor har fått plats på {X} äldreboende", "jag var på {X} vårdcentral i går", "läraren på {X} skola sa att",
     "bror min bor på {X} gruppbostad", "de ringde från {X} demensboende", "han har ett rum på {X} korttidsboende", "vi träffades på {X} familjecentral"}};
  static final String[][] COMP = {
    {"min son går på {X}gymnasiet", "hon fick åka till {X}sjukhuset", "han går på {X}skolan", "vi var på {X}kliniken"},
    {"dottern går på {X}skolan i år", "han ligger på {X}sjukhuset nu", "jag började på {X}gymnasiet", "hon hamnade på {X}mottagningen"}};
  static final String[][] AREA = {
    {"vi bor i {P}området", "någon i {P}trakten som vet?", "han har bott i {P}regionen länge"},
    {"finns det jourer i {P}området?", "jag söker boende i {P}trakten", "hela {P}regionen har kö"}};
  static final String[][] PREFIX = {{"sol", "gran", "lind", "ek", "tall", "sjö", "vår", "furu", "hassel", "lärk", "kastanj", "äng"},
                                    {"björk", "rosen", "hag", "berg", "ljung", "al", "klöver", "sälg", "fläder", "strand", "ceder", "häst"}};
  static final String[] SUFFIX = {"backen", "ängen", "gården", "lund", "berget", "viken", "dalen", "hemmet", "sol", "rosen", "udden", "höjden", "haga", "vik", "torp", "slätten"};
  static final String[] PROPER_STEMS = {"polhems", "mälar", "väner", "linné", "nobel", "bäckby", "söder", "norrlands", "tornedals", "kullens", "österlens", "vasa"};
  static final String[] STEM_SUFFIX = {"backa", "ängs", "gårds", "lunds", "bergs", "viks", "dals", "hems", "sol", "ros", "udds", "höjds", "haga", "torps", "slätts"};

  static String fold(String s) { return s.replace('å','a').replace('ä','a').replace('ö','o').replace('Å','A').replace('Ä','A').replace('Ö','O'); }
  static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
  static String gen(String s) { return s.endsWith("s") ? s : s + "s"; }

  public static void main(String[] a) throws Exception {
    int set = a.length > 0 && a[0].equals("held") ? 1 : 0;
    long seed = a.length > 1 ? Long.parseLong(a[1]) : 11;
    int per = a.length > 2 ? Integer.parseInt(a[2]) : 300;
    String show = a.length > 3 ? a[3] : "";
    Path dir = Path.of(a.length > 4 ? a[4] : "/work/shared/data/places");
    List<String> loc = new ArrayList<>();
    List<String> ortsnamn = Files.readAllLines(dir.resolve("ortsnamn.csv"));
    for (String l : ortsnamn.subList(1, ortsnamn.size()))
      if (l.matches("\\p{Lu}\\p{L}+")) loc.add(l);
    List<String> mun = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve("kommuner.csv")).subList(1, 291)) {
      String n = l.split(",")[1].replace(" kommun", "").replace(" stad", "");
      if (n.endsWith("s") && loc.contains(n.substring(0, n.length() - 1))) n = n.substring(0, n.length() - 1);
      if (n.equals("Falu")) n = "Falun";
      if (n.matches("\\p{Lu}\\p{L}+")) mun.add(n);
    }
    Anonymizer an = Anonymizer.builder().reviewThreshold(0.3).build();
    Random r = new Random(seed + set);
    String[] forms = {"written", "lower", "lower-ascii"};
    String[] kinds = {"locality", "municipality", "inst-genitive", "inst-name", "inst-compound", "area-compound"};
    for (int kind = 0; kind < kinds.length; kind++) for (int fm = 0; fm < 3; fm++) {
      int n = 0, leak = 0, unfl = 0;
      for (int k = 0; k < per; k++) {
        String p, t;
        String proper = PREFIX[set][r.nextInt(12)] + SUFFIX[r.nextInt(SUFFIX.length)];
        switch (kind) {
          case 0 -> { p = loc.get(r.nextInt(loc.size())); t = PLACE[set][r.nextInt(12)].replace("{P}", p); }
          case 1 -> { p = mun.get(r.nextInt(mun.size())); t = PLACE[set][r.nextInt(12)].replace("{P}", p); }
          case 2 -> { p = cap(gen(proper)); t = INST[set][r.nextInt(8)].replace("{X}", p); }
          case 3 -> { p = cap(proper); t = INST[set][r.nextInt(8)].replace("{X}", p); }
          case 4 -> { String s = r.nextBoolean() ? PROPER_STEMS[r.nextInt(PROPER_STEMS.length)] : PREFIX[set][r.nextInt(12)] + STEM_SUFFIX[r.nextInt(STEM_SUFFIX.length)]; p = cap(s); t = COMP[set][r.nextInt(4)].replace("{X}", p); }
          default -> { String m = mun.get(r.nextInt(mun.size())); p = m; String f = AREA[set][r.nextInt(3)]; t = f.replace("{P}", m.endsWith("s") || m.endsWith("a") || m.endsWith("e") || m.endsWith("ö") ? m : m + "s"); }
        }
        t = t.substring(0, 1).toUpperCase() + t.substring(1);
        if (fm >= 1) { t = t.toLowerCase(Locale.ROOT); p = p.toLowerCase(Locale.ROOT); }
        if (fm == 2) { t = fold(t); p = fold(p); }
        RedactionResult rr = an.process(t);
        String out = rr.redactedText().toLowerCase(Locale.ROOT);
        String probe = p.toLowerCase(Locale.ROOT);
        if (kind >= 2 && probe.endsWith("s") && probe.length() > 4) probe = probe.substring(0, probe.length() - 1);
        boolean lk = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(probe)).matcher(out).find();
        n++; if (lk) leak++; if (lk && !rr.needsReview()) unfl++;
        if (lk && kinds[kind].equals(show)) System.out.println("  " + (rr.needsReview() ? "F " : "  ") + t + "  =>  " + rr.redactedText());
      }
      System.out.printf("%-14s %-12s leak %5.1f%%  unflagged %5.1f%%%n", kinds[kind], forms[fm], 100.0 * leak / n, 100.0 * unfl / n);
    }
  }
}
