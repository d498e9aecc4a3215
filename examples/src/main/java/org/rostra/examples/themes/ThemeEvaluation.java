package org.rostra.examples.themes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rostra.doc.Document;
import org.rostra.doc.Layers;
import org.rostra.doc.ThemeScore;
import org.rostra.io.JsonLines;
import org.rostra.theme.LabelledText;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeSet;
import org.rostra.theme.ThemeSets;
import org.rostra.theme.TrainingOptions;

/**
 * Evaluates theme classifiers on a labelled JSON Lines file ({@code {"id","text","labels"}}),
 * the way {@code docs/evaluation.md} reports them: the file is split deterministically by id
 * (dev = items whose SHA-1 of the id has a first byte divisible by 5, the scorer's rule;
 * about 20 %), a classifier is built (built-in lexicon, or trained on the rest of the file or
 * on a given few-shot file minus any dev text), the dev items are classified and written as
 * spec JSON Lines for {@code score_themes.py}. Prints top-1 accuracy as a check.
 *
 * <pre>
 * ThemeEvaluation --data FILE --pred OUT.jsonl [--gold DEV.jsonl]
 *     [--themes cap|bbc5|FILE] [--train none|rest|FILE] [--seed N] [--no-seeds]
 *     [--model-out MODEL.json.gz] [--inner SALT]
 * </pre>
 *
 * {@code --themes}: {@code cap} (built-in, default), {@code bbc5} (the BBC sections defined in
 * this example's resources, labels {@code business} become {@code bbc5:business}) or a theme
 * file. {@code --train}: {@code none} (default; the lexicon alone), {@code rest} (the non-dev
 * part of {@code --data}) or a file of labelled examples. {@code --inner SALT}: evaluate on an
 * inner split of the non-dev part instead of dev (see {@link #evaluated}).
 */
public final class ThemeEvaluation {
  private ThemeEvaluation() {}

  record Item(String id, String text, List<String> labels) {}

  /** Runs the evaluation; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path data = null;
    Path pred = null;
    Path gold = null;
    Path modelOut = null;
    String themes = "cap";
    String train = "none";
    long seed = 42;
    String inner = null;
    boolean seeds = true;
    TrainingOptions o = TrainingOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--pred" -> pred = Path.of(args[++i]);
        case "--gold" -> gold = Path.of(args[++i]);
        case "--model-out" -> modelOut = Path.of(args[++i]);
        case "--themes" -> themes = args[++i];
        case "--train" -> train = args[++i];
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--inner" -> inner = args[++i];
        case "--no-seeds" -> seeds = false;
        case "--epochs" -> o = o.withEpochs(Integer.parseInt(args[++i]));
        case "--lr" -> o = o.withLearningRate(Double.parseDouble(args[++i]));
        case "--l2" -> o = o.withL2(Double.parseDouble(args[++i]));
        case "--seed-strength" -> o = o.withSeedStrength(Double.parseDouble(args[++i]));
        case "--seed-l2" -> o = o.withSeedL2(Double.parseDouble(args[++i]));
        case "--min-count" -> o = o.withMinCount(Integer.parseInt(args[++i]));
        case "--no-bigrams" -> o = o.withBigrams(false);
        case "--pair-window" -> o = o.withPairWindow(Integer.parseInt(args[++i]));
        case "--prefix-length" -> o = o.withPrefixLength(Integer.parseInt(args[++i]));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (data == null || pred == null) {
      System.err.println("usage: ThemeEvaluation --data FILE --pred OUT [--gold DEV] "
          + "[--themes cap|bbc5|FILE] [--train none|rest|FILE] [--seed N] [--no-seeds] "
          + "[--inner SALT]");
      System.exit(2);
      return;
    }
    ThemeSet set = switch (themes) {
      case "cap" -> ThemeSets.cap();
      case "bbc5" -> bbc5();
      default -> ThemeSets.load(Path.of(themes));
    };
    String prefix = themes.equals("bbc5") ? "bbc5:" : themes.equals("cap") ? "cap:" : "";
    List<Item> all = read(data);
    List<Item> dev = new ArrayList<>();
    List<Item> rest = new ArrayList<>();
    for (Item it : all) {
      if (inner == null || !isDev(it.id())) {
        (evaluated(it.id(), inner) ? dev : rest).add(it);
      }
    }
    Set<String> devTexts = new HashSet<>();
    dev.forEach(it -> devTexts.add(it.text()));
    ThemeClassifier classifier;
    long t0 = System.nanoTime();
    if (train.equals("none")) {
      classifier = ThemeClassifiers.lexicon(set);
    } else {
      List<Item> source = train.equals("rest") ? rest : read(Path.of(train));
      List<LabelledText> examples = new ArrayList<>();
      int skipped = 0;
      for (Item it : source) {
        if (devTexts.contains(it.text())) {
          skipped++;
          continue;
        }
        List<String> ids = new ArrayList<>();
        for (String l : it.labels()) {
          if (set.get(prefix + l).isPresent()) {
            ids.add(prefix + l);
          }
        }
        if (!ids.isEmpty()) {
          examples.add(new LabelledText(it.text(), ids));
        }
      }
      o = o.withSeed(seed);
      if (!seeds) {
        o = o.withSeedStrength(0).withSeedL2(0);
      }
      classifier = ThemeClassifiers.train(set, examples, o);
      System.err.printf(Locale.ROOT, "trained on %d examples (%d dev texts left out) in %.1f s%n",
          examples.size(), skipped, (System.nanoTime() - t0) / 1e9);
      if (modelOut != null) {
        ThemeClassifiers.save(classifier, modelOut);
      }
    }
    int correct = 0;
    long words = 0;
    long t1 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
      for (Item it : dev) {
        List<ThemeScore> scores = classifier.classify(it.text());
        words += it.text().split("\\s+").length;
        if (!scores.isEmpty() && it.labels().contains(strip(scores.get(0).id(), prefix))) {
          correct++;
        }
        Document d = Document.of(it.id(), it.text()).with(Layers.THEMES, scores);
        w.write(JsonLines.toJson(d));
        w.write('\n');
      }
    }
    if (gold != null) {
      try (BufferedWriter w = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && evaluated(read(line).id(), inner)) {
            w.write(line);
            w.write('\n');
          }
        }
      }
    }
    System.err.printf(Locale.ROOT, "%s: %d dev items, top-1 (any label) %.4f, %.0f words/s%n",
        data.getFileName(), dev.size(), dev.isEmpty() ? 0.0 : correct / (double) dev.size(),
        words / ((System.nanoTime() - t1) / 1e9));
  }

  private static String strip(String id, String prefix) {
    return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
  }

  /** The BBC News sections as custom themes, from this example's resources. */
  static ThemeSet bbc5() throws IOException {
    try (InputStream in = ThemeEvaluation.class.getResourceAsStream("/themes/bbc5.json")) {
      if (in == null) {
        throw new IOException("/themes/bbc5.json not on the class path");
      }
      return ThemeSets.read(in, "themes/bbc5.json");
    }
  }

  /**
   * Whether an item is evaluated: the dev 20 % by the scorer's rule; with {@code --inner SALT},
   * an inner split of the other 80 % by the same rule on SALT + id (the dev 20 % then takes no
   * part at all), to check a choice made on dev on items it was not made on.
   */
  static boolean evaluated(String id, String inner) {
    return inner == null ? isDev(id) : !isDev(id) && isDev(inner + id);
  }

  /** The scorer's split rule: dev when the first byte of SHA-1(id) is divisible by 5. */
  static boolean isDev(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % 5 == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Item> read(Path file) throws IOException {
    List<Item> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(read(line));
      }
    }
    return out;
  }

  private static final JsonFactory JSON = new JsonFactory();

  static Item read(String line) throws IOException {
    String id = null;
    String text = null;
    List<String> labels = new ArrayList<>();
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        switch (f) {
          case "id" -> id = p.getText();
          case "text" -> text = p.getText();
          case "labels" -> {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              labels.add(p.getText());
            }
          }
          default -> {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
              p.skipChildren();
            }
          }
        }
      }
    }
    if (id == null || text == null) {
      throw new IOException("line without id or text");
    }
    return new Item(id, text, labels);
  }
}
