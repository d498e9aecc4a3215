package org.rostra.examples.kb;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rostra.doc.EntityType;
import org.rostra.entity.EntityRecord;
import org.rostra.entity.OfficeTerm;
import org.rostra.entity.PartyMembership;
import org.rostra.internal.kb.KbJson;
import org.wikidata.wdtk.datamodel.interfaces.EntityDocumentProcessor;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.QuantityValue;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.StatementRank;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;
import org.wikidata.wdtk.dumpfiles.DumpContentType;
import org.wikidata.wdtk.dumpfiles.DumpProcessingController;
import org.wikidata.wdtk.dumpfiles.MwLocalDumpFile;

/**
 * Builds a knowledge base in the JSON Lines source format from a Wikidata JSON dump ({@code
 * .json}, {@code .json.gz} or {@code .json.bz2}; one entity per line, or the older JSON
 * array) with the Wikidata Toolkit. Entities stream through one at a time: memory holds only
 * the ids kept (for the second pass that drops references to entities not kept), whatever
 * the dump's size.
 *
 * <p>An item is kept when it is, by its "instance of" (P31) classes, one of: a human who held
 * a position (P39) or was a party member (P102); a political office; a political party; a
 * country; a first-level subdivision; a city with at least {@code minPopulation} people
 * (P1082); an international organisation; a government body (government, ministry, agency,
 * legislature, court, central bank, armed forces); a news outlet. The class sets are
 * direct P31 values (no subclass reasoning, which would need a second pass over the dump);
 * {@link Options#extraClasses} adds more.
 *
 * <p>Fields: English label (items without one are skipped), English aliases and description,
 * country (P17, or citizenship P27 for people), offices (P39 with start P580 and end P582
 * qualifiers), parties (P102, same qualifiers), birth (P569) and death (P570) days, demonyms
 * (P1549, English), capital (P36), for offices the jurisdiction (P1001) and the label and
 * aliases as title patterns. The prior grows with the number of Wikipedia sitelinks: {@code
 * min(0.9, 0.05 + 0.2 * log10(1 + sitelinks))}.
 */
public final class WikidataDumpBuilder {

  /** What an item was kept as. */
  public enum Category {
    /** A human who held an office or a party membership. */
    PERSON("politician", EntityType.PERSON),
    /** A political office or position. */
    OFFICE("office", EntityType.OTHER),
    /** A political party. */
    PARTY("party", EntityType.ORG),
    /** A country. */
    COUNTRY("country", EntityType.GPE),
    /** A first-level subdivision. */
    SUBDIVISION("subdivision", EntityType.GPE),
    /** A city above the population threshold. */
    CITY("city", EntityType.GPE),
    /** An international organisation. */
    INTL_ORG("intl-org", EntityType.ORG),
    /** A government body. */
    GOVERNMENT("government-body", EntityType.ORG),
    /** A news outlet. */
    NEWS("news-outlet", EntityType.ORG);

    final String kind;
    final EntityType type;

    Category(String kind, EntityType type) {
      this.kind = kind;
      this.type = type;
    }
  }

  /** The default P31 classes of each category (QIDs). */
  static final Map<Category, Set<String>> DEFAULT_CLASSES = defaults();

  private static Map<Category, Set<String>> defaults() {
    Map<Category, Set<String>> m = new LinkedHashMap<>();
    m.put(Category.OFFICE, Set.of("Q4164871", "Q294414", "Q30461", "Q14212", "Q83307",
        "Q48352", "Q2285706", "Q7330070"));
    m.put(Category.PARTY, Set.of("Q7278"));
    m.put(Category.COUNTRY, Set.of("Q6256", "Q3624078", "Q15634554"));
    m.put(Category.SUBDIVISION, Set.of("Q10864048", "Q35657", "Q1221156", "Q11828004",
        "Q5852411", "Q1615742", "Q50337"));
    m.put(Category.CITY, Set.of("Q515", "Q1549591", "Q5119", "Q1637706", "Q200250",
        "Q1093829"));
    m.put(Category.INTL_ORG, Set.of("Q484652", "Q245065", "Q1127126", "Q1335818"));
    m.put(Category.GOVERNMENT, Set.of("Q327333", "Q192350", "Q7188", "Q11204", "Q35749",
        "Q1752346", "Q189445", "Q41487", "Q190752", "Q66344", "Q772547"));
    m.put(Category.NEWS, Set.of("Q11032", "Q1110794", "Q192283", "Q1153191", "Q17232649",
        "Q1616075", "Q15265344"));
    return Map.copyOf(m);
  }

  /**
   * Options of a build.
   *
   * @param minPopulation the population (P1082) a city needs to be kept
   * @param keepDangling whether to keep references to entities that are not in the output
   * @param extraClasses more P31 classes per category
   * @param progressEvery print progress to stderr every this many entities (0 = never)
   */
  public record Options(long minPopulation, boolean keepDangling,
      Map<Category, Set<String>> extraClasses, long progressEvery) {
    /** Copies the map. */
    public Options {
      extraClasses = Map.copyOf(extraClasses);
    }

    /** The defaults: cities of 100,000 people or more, dangling references dropped. */
    public static Options defaults() {
      return new Options(100_000, false, Map.of(), 1_000_000);
    }
  }

  /**
   * What a build did.
   *
   * @param entitiesRead entities read from the dump
   * @param kept entities written
   * @param byCategory entities matched per category (before the label check)
   * @param skippedNoLabel matched entities skipped for lack of an English label
   * @param droppedReferences references dropped because their target was not kept
   */
  public record Result(long entitiesRead, long kept, Map<Category, Long> byCategory,
      long skippedNoLabel, long droppedReferences) {}

  private final Options options;
  private final Map<String, Category> classToCategory = new HashMap<>();

  /** A builder with the options. */
  public WikidataDumpBuilder(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    for (Category c : Category.values()) {
      for (String q : DEFAULT_CLASSES.getOrDefault(c, Set.of())) {
        classToCategory.putIfAbsent(q, c);
      }
      for (String q : options.extraClasses().getOrDefault(c, Set.of())) {
        classToCategory.putIfAbsent(q, c);
      }
    }
  }

  /**
   * Reads the dump and writes the kept entities to {@code out} (JSON Lines source format).
   *
   * @param dump a Wikidata JSON dump, plain, gzip or bzip2 compressed (by its extension)
   * @param out the file to write
   * @param progress where progress lines go (stderr in the CLI)
   */
  public Result build(Path dump, Path out, PrintStream progress) throws IOException {
    if (!Files.isRegularFile(dump)) {
      throw new IOException("no dump file " + dump);
    }
    Path tmp = Files.createTempFile(
        out.toAbsolutePath().getParent() == null ? Path.of(".") : out.toAbsolutePath().getParent(),
        "kb-build-", ".jsonl.tmp");
    Set<String> keptIds = new HashSet<>();
    Map<Category, Long> byCategory = new TreeMap<>();
    long[] counts = new long[3]; // read, kept, no label
    long start = System.nanoTime();
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        EntityDocumentProcessor processor =
            new EntityDocumentProcessor() {
              @Override
              public void processItemDocument(ItemDocument item) {
                counts[0]++;
                if (options.progressEvery() > 0 && counts[0] % options.progressEvery() == 0) {
                  double s = (System.nanoTime() - start) / 1e9;
                  progress.printf(Locale.ROOT, "[kb] %,d entities read, %,d kept (%,.0f/s)%n",
                      counts[0], counts[1], counts[0] / Math.max(s, 1e-9));
                }
                Optional<Category> c = categorize(item);
                if (c.isEmpty()) {
                  return;
                }
                byCategory.merge(c.get(), 1L, Long::sum);
                Optional<EntityRecord> r = toRecord(item, c.get());
                if (r.isEmpty()) {
                  counts[2]++;
                  return;
                }
                try {
                  w.write(KbJson.write(r.get()));
                  w.write('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                keptIds.add(r.get().id());
                counts[1]++;
              }
            };
        DumpProcessingController controller = new DumpProcessingController("wikidatawiki");
        controller.setOfflineMode(true);
        controller.registerEntityDocumentProcessor(processor, null, true);
        controller.processDump(new MwLocalDumpFile(dump.toString(), DumpContentType.JSON,
            "local", "wikidatawiki"));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      long dropped = resolve(tmp, out, keptIds);
      double s = (System.nanoTime() - start) / 1e9;
      progress.printf(Locale.ROOT, "[kb] done: %,d entities read, %,d kept, %,d without an"
              + " English label, %,d dangling references dropped, %.1f s%n",
          counts[0], counts[1], counts[2], dropped, s);
      return new Result(counts[0], counts[1], Map.copyOf(byCategory), counts[2], dropped);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Second pass: copies the records, dropping references to ids not kept (unless asked). */
  private long resolve(Path tmp, Path out, Set<String> kept) throws IOException {
    long dropped = 0;
    try (BufferedReader in = Files.newBufferedReader(tmp, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        EntityRecord r;
        try {
          r = KbJson.parse(line);
        } catch (KbJson.FormatException e) {
          throw new IOException("internal: unreadable temporary line: " + e.getMessage(), e);
        }
        if (!options.keepDangling()) {
          List<OfficeTerm> offices = new ArrayList<>();
          for (OfficeTerm t : r.offices()) {
            if (kept.contains(t.officeId())) {
              offices.add(t);
            }
          }
          List<PartyMembership> parties = new ArrayList<>();
          for (PartyMembership m : r.parties()) {
            if (kept.contains(m.partyId())) {
              parties.add(m);
            }
          }
          dropped += r.offices().size() - offices.size() + r.parties().size() - parties.size();
          Optional<String> country = r.country().filter(kept::contains);
          Optional<String> capital = r.capital().filter(kept::contains);
          Optional<String> jurisdiction = r.jurisdiction().filter(kept::contains);
          dropped += (r.country().isPresent() && country.isEmpty() ? 1 : 0)
              + (r.capital().isPresent() && capital.isEmpty() ? 1 : 0)
              + (r.jurisdiction().isPresent() && jurisdiction.isEmpty() ? 1 : 0);
          r = new EntityRecord(r.id(), r.label(), r.type(), r.aliases(), r.description(),
              country, r.prior(), r.kind(), offices, parties, r.born(), r.died(), r.demonyms(),
              capital, r.titles(), jurisdiction);
        }
        w.write(KbJson.write(r));
        w.write('\n');
      }
    }
    return dropped;
  }

  /** The category of an item, by its P31 classes (humans only with P39 or P102). */
  Optional<Category> categorize(ItemDocument item) {
    Set<String> classes = itemValues(item, "P31");
    if (classes.contains("Q5")) {
      return item.hasStatement("P39") || item.hasStatement("P102")
          ? Optional.of(Category.PERSON) : Optional.empty();
    }
    Category best = null;
    for (String c : classes) {
      Category k = classToCategory.get(c);
      if (k != null && (best == null || k.ordinal() < best.ordinal())) {
        best = k;
      }
    }
    if (best == Category.CITY && population(item) < options.minPopulation()) {
      return Optional.empty();
    }
    return Optional.ofNullable(best);
  }

  private static long population(ItemDocument item) {
    long max = -1;
    for (Statement s : statements(item, "P1082")) {
      if (s.getValue() instanceof QuantityValue q) {
        BigDecimal v = q.getNumericValue();
        max = Math.max(max, v.longValue());
      }
    }
    return max;
  }

  /** The record of a categorised item; empty without an English label. */
  static Optional<EntityRecord> toRecord(ItemDocument item, Category c) {
    String label = item.findLabel("en");
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String id = item.getEntityId().getId();
    EntityRecord.Builder b = EntityRecord.builder(id, label.strip(), c.type).kind(c.kind);
    Set<String> aliases = new LinkedHashSet<>();
    for (MonolingualTextValue a : item.getAliases().getOrDefault("en", List.of())) {
      if (!a.getText().isBlank() && !a.getText().strip().equals(label.strip())) {
        aliases.add(a.getText().strip());
      }
    }
    aliases.forEach(b::alias);
    String d = item.findDescription("en");
    if (d != null) {
      b.description(d.length() > 120 ? d.substring(0, 117) + "..." : d);
    }
    int sitelinks = item.getSiteLinks().size();
    b.prior(Math.min(0.9, 0.05 + 0.2 * Math.log10(1 + sitelinks)));
    Optional<String> country =
        first(item, c == Category.PERSON ? "P27" : "P17").filter(q -> !q.equals(id));
    country.ifPresent(b::country);
    if (c == Category.PERSON) {
      for (Statement s : statements(item, "P39")) {
        itemId(s.getValue()).ifPresent(o -> {
          Optional<LocalDate> from = qualifierDate(s, "P580", false);
          Optional<LocalDate> to = qualifierDate(s, "P582", true);
          if (from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get())) {
            b.office(new OfficeTerm(o, from, to));
          }
        });
      }
      for (Statement s : statements(item, "P102")) {
        itemId(s.getValue()).ifPresent(p -> {
          Optional<LocalDate> from = qualifierDate(s, "P580", false);
          Optional<LocalDate> to = qualifierDate(s, "P582", true);
          if (from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get())) {
            b.party(new PartyMembership(p, from, to));
          }
        });
      }
      firstDate(item, "P569", false).ifPresent(b::born);
      firstDate(item, "P570", true).ifPresent(b::died);
    }
    if (c == Category.COUNTRY || c == Category.SUBDIVISION) {
      for (Statement s : statements(item, "P1549")) {
        if (s.getValue() instanceof MonolingualTextValue m && m.getLanguageCode().equals("en")) {
          b.demonym(m.getText());
        }
      }
      first(item, "P36").ifPresent(b::capital);
    }
    if (c == Category.OFFICE) {
      b.title(label.strip());
      aliases.forEach(b::title);
      first(item, "P1001").ifPresent(b::jurisdiction);
    }
    return Optional.of(b.build());
  }

  private static List<Statement> statements(ItemDocument item, String property) {
    StatementGroup g = item.findStatementGroup(property);
    if (g == null) {
      return List.of();
    }
    List<Statement> out = new ArrayList<>();
    for (Statement s : g.getStatements()) {
      if (s.getRank() != StatementRank.DEPRECATED) {
        out.add(s);
      }
    }
    return out;
  }

  private static Set<String> itemValues(ItemDocument item, String property) {
    Set<String> out = new LinkedHashSet<>();
    for (Statement s : statements(item, property)) {
      itemId(s.getValue()).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> first(ItemDocument item, String property) {
    // preferred rank first
    Optional<String> normal = Optional.empty();
    for (Statement s : statements(item, property)) {
      Optional<String> v = itemId(s.getValue());
      if (v.isPresent() && s.getRank() == StatementRank.PREFERRED) {
        return v;
      }
      if (normal.isEmpty()) {
        normal = v;
      }
    }
    return normal;
  }

  private static Optional<String> itemId(Value v) {
    if (v instanceof EntityIdValue e && e.getId().startsWith("Q")) {
      return Optional.of(e.getId());
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> firstDate(ItemDocument item, String property, boolean end) {
    for (Statement s : statements(item, property)) {
      Optional<LocalDate> d = date(s.getValue(), end);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> qualifierDate(Statement s, String property, boolean end) {
    for (SnakGroup g : s.getQualifiers()) {
      if (!g.getProperty().getId().equals(property)) {
        continue;
      }
      for (Snak snak : g.getSnaks()) {
        if (snak instanceof ValueSnak v) {
          Optional<LocalDate> d = date(v.getValue(), end);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A time value as a day: year or month precision give the first (or last) day. */
  static Optional<LocalDate> date(Value v, boolean end) {
    if (!(v instanceof TimeValue t)) {
      return Optional.empty();
    }
    long year = t.getYear();
    if (year < 1 || year > 9999 || t.getPrecision() < TimeValue.PREC_YEAR) {
      return Optional.empty();
    }
    try {
      int y = (int) year;
      if (t.getPrecision() == TimeValue.PREC_YEAR || t.getMonth() < 1) {
        return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
      }
      if (t.getPrecision() == TimeValue.PREC_MONTH || t.getDay() < 1) {
        YearMonth ym = YearMonth.of(y, t.getMonth());
        return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
      }
      return Optional.of(LocalDate.of(y, t.getMonth(), t.getDay()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
