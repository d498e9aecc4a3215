package org.rostra.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.rostra.AnnotationException;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Document;
import org.rostra.io.HtmlView;
import org.rostra.entity.EntityLinkers;
import org.rostra.entity.KnowledgeBase;
import org.rostra.entity.KnowledgeBases;
import org.rostra.io.JsonLines;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeSets;
import org.rostra.tokenize.Tokenizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rostra annotate}: JSON Lines (or .txt files) in, annotated JSON out. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates documents. Input: a JSON Lines file ({\"id\",\"text\",\"date\",\"meta\"} per"
          + " line), '-' for standard input, a .txt file, or a folder of .txt files.",
      "A malformed line is reported on stderr with its number and skipped; the exit code is"
          + " 1 when any line failed.",
      "--format html writes one self-contained page: one section per document, with a table"
          + " of contents when there are several."
    })
final class AnnotateCommand implements Callable<Integer> {

  /** The layers a user can ask for, in pipeline order. */
  static final List<String> LAYERS =
      List.of("paragraphs", "sentences", "tokens", "pos", "lemmas", "entities", "quotes", "themes");

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "FILE, folder or '-' (stdin)")
  String input;

  @Option(names = "--output", defaultValue = "-", description = "FILE or '-' (stdout, default)")
  String output;

  @Option(
      names = "--layers",
      split = ",",
      description = "layers to compute, from: ${COMPLETION-CANDIDATES}; default: all",
      completionCandidates = LayerNames.class)
  List<String> layers;

  @Option(names = "--threads", defaultValue = "1", description = "worker threads (default 1)")
  int threads;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "jsonl (one document per line, default), json (an indented array) or html (one"
              + " page to read in a browser, a section per document)")
  String format;

  @Option(names = "--max-chars", description = "fail documents longer than this")
  Integer maxChars;

  @Option(
      names = "--themes",
      description = "theme-set file (JSON, see docs/themes.md) instead of the built-in CAP topics")
  Path themesFile;

  @Option(
      names = "--theme-model",
      description = "trained theme model file (.json or .json.gz) instead of the built-in topics")
  Path themeModel;

  @Option(
      names = "--kb",
      description = "knowledge base for the entities layer: a .jsonl or .tsv file (default: the"
          + " bundled KB)")
  Path kb;

  @Option(
      names = "--no-coref-links",
      description = "entities: pronouns and titles keep their cluster but carry no link")
  boolean noCorefLinks;

  @Option(
      names = "--wikidata-links",
      description = "entities: link only entities with a Wikidata QID (for Wikidata gold sets)")
  boolean wikidataLinks;

  @Option(names = "--nil-threshold", description = "entities: NIL threshold in [0, 1]")
  Double nilThreshold;

  @Option(names = "--no-progress", description = "no progress bar on stderr")
  boolean noProgress;

  @Option(
      names = "--tokenizer",
      hidden = true,
      defaultValue = "rostra",
      description = "rostra (default) or opennlp: the OpenNLP UD models alone, for comparisons")
  String tokenizer = "rostra";

  static final class LayerNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    LayerNames() {
      super(LAYERS);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("--threads must be at least 1");
      return 2;
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("jsonl") && !fmt.equals("json") && !fmt.equals("html")) {
      err.println("--format must be jsonl, json or html, got " + format);
      return 2;
    }
    Annotator annotator;
    try {
      annotator = buildAnnotator();
    } catch (IllegalArgumentException | AnnotationException e) {
      err.println(e.getMessage());
      return 2;
    }
    try (OutputStream rawOut =
            output.equals("-") ? new NonClosing(System.out) : Files.newOutputStream(Path.of(output));
        Output out = new Output(new BufferedOutputStream(rawOut, 1 << 16), fmt, pageTitle())) {
      Path in = input.equals("-") ? null : Path.of(input);
      if (in != null && Files.isDirectory(in)) {
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
          files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return runTexts(annotator, files, out, err);
      }
      if (in != null && in.toString().endsWith(".txt")) {
        return runTexts(annotator, List.of(in), out, err);
      }
      if (in != null && !Files.isReadable(in)) {
        err.println("cannot read input file " + in);
        return 2;
      }
      try (InputStream is =
          new java.io.BufferedInputStream(in == null ? System.in : Files.newInputStream(in), 1 << 16)) {
        long size = in == null ? -1 : Files.size(in);
        return runJsonLines(annotator, is, size, out, err);
      }
    }
  }

  Annotator buildAnnotator() {
    Set<String> wanted = new LinkedHashSet<>(layers == null ? LAYERS : layers);
    for (String l : wanted) {
      if (!LAYERS.contains(l)) {
        throw new IllegalArgumentException("unknown layer '" + l + "'; available: " + LAYERS);
      }
    }
    Annotator.Builder b;
    switch (tokenizer) {
      case "rostra" -> b = Annotator.builder().tokenize();
      case "opennlp" -> b = Annotator.builder().tokenize(Tokenizers.openNlp());
      default -> throw new IllegalArgumentException(
          "unknown --tokenizer '" + tokenizer + "'; available: [rostra, opennlp]");
    }
    if (wanted.contains("pos")) {
      b.posTags();
    }
    if (wanted.contains("lemmas")) {
      b.lemmas();
    }
    if (wanted.contains("entities")) {
      KnowledgeBase base = kb == null ? KnowledgeBases.bundled() : KbCommand.load(kb);
      EntityLinkers.Builder lb =
          EntityLinkers.builder(base)
              .linkPronouns(!noCorefLinks)
              .linkNominals(!noCorefLinks)
              .wikidataOnly(wikidataLinks);
      if (nilThreshold != null) {
        lb.nilThreshold(nilThreshold);
      }
      b.entities(lb.build());
    }
    if (wanted.contains("quotes")) {
      b.quotes();
    }
    if (themesFile != null && themeModel != null) {
      throw new IllegalArgumentException("give --themes or --theme-model, not both");
    }
    if ((themesFile != null || themeModel != null) && !wanted.contains("themes")) {
      wanted.add("themes");
    }
    if (wanted.contains("themes")) {
      if (themeModel != null) {
        b.themes(ThemeClassifiers.load(themeModel));
      } else if (themesFile != null) {
        b.themes(ThemeSets.load(themesFile));
      } else {
        b.themes();
      }
    }
    if (maxChars != null) {
      b.maxChars(maxChars);
    }
    return b.build();
  }

  private int runTexts(Annotator annotator, List<Path> files, Output out, PrintStream err)
      throws IOException {
    int failed = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - 4);
      try {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.write(out.prepare(annotator.annotate(AnnotationRequest.of(id, text))));
      } catch (IOException | AnnotationException e) {
        failed++;
        err.println(name + ": " + e.getMessage());
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private int runJsonLines(
      Annotator annotator, InputStream is, long size, Output out, PrintStream err)
      throws IOException, InterruptedException {
    ByteLines lines = new ByteLines(is);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Pending> pending = new ArrayDeque<>();
    int failed = 0;
    long ok = 0;
    ProgressBar bar = null;
    if (!noProgress && size > 0) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("annotate")
              .setInitialMax(size)
              .setUnit(" MB", 1 << 20)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(1000)
              .build();
    }
    try {
      ByteLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.error() != null) {
          failed++;
          err.println("line " + line.number() + ": " + line.error() + "; skipped");
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        final String text = line.text();
        pending.add(
            new Pending(
                line.number(),
                pool.submit(() -> out.prepare(annotator.annotate(JsonLines.parseRequest(text))))));
        while (pending.size() >= threads * 4) {
          if (!drainOne(pending, out, err)) {
            failed++;
          } else {
            ok++;
          }
        }
        if (bar != null) {
          bar.stepTo(lines.bytesRead());
        }
      }
      while (!pending.isEmpty()) {
        if (!drainOne(pending, out, err)) {
          failed++;
        } else {
          ok++;
        }
      }
    } finally {
      pool.shutdownNow();
      if (bar != null) {
        bar.stepTo(size);
        bar.close();
      }
    }
    if (failed > 0) {
      err.println(ok + " documents annotated, " + failed + " lines failed");
    }
    return failed == 0 ? 0 : 1;
  }

  private record Pending(long line, Future<Prepared> result) {}

  private static boolean drainOne(Deque<Pending> pending, Output out, PrintStream err)
      throws IOException, InterruptedException {
    Pending p = pending.removeFirst();
    try {
      out.write(p.result().get());
      return true;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      String msg =
          c instanceof AnnotationException
              ? c.getMessage()
              : c.getClass().getName() + (c instanceof OutOfMemoryError ? " (line too large)" : "");
      err.println("line " + p.line() + ": " + msg + "; skipped");
      return false;
    }
  }

  private String pageTitle() {
    if (input.equals("-")) {
      return "Rostra: standard input";
    }
    Path name = Path.of(input).getFileName();
    return "Rostra: " + (name == null ? input : name.toString());
  }

  /** A document ready to write: rendered as JSON by the worker thread, or kept for HTML. */
  record Prepared(Document document, String json) {}

  /** Writes documents as JSON Lines, as one indented JSON array, or as one HTML page. */
  static final class Output implements AutoCloseable {
    private final OutputStream out;
    final boolean pretty;
    private final Writer htmlOut;
    private final HtmlView.PageWriter page;
    private boolean first = true;

    Output(OutputStream out, String format, String title) throws IOException {
      this.out = out;
      this.pretty = format.equals("json");
      if (format.equals("html")) {
        htmlOut = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        page = HtmlView.pageWriter(htmlOut, title);
      } else {
        htmlOut = null;
        page = null;
      }
      if (pretty) {
        out.write("[\n".getBytes(StandardCharsets.UTF_8));
      }
    }

    /** Thread-safe: renders JSON in the calling (worker) thread. */
    Prepared prepare(Document d) {
      return page != null ? new Prepared(d, null) : new Prepared(d, JsonLinesOutput.render(d, pretty));
    }

    void write(Prepared p) throws IOException {
      if (page != null) {
        page.add(p.document());
        return;
      }
      write(p.json());
    }

    void write(String rendered) throws IOException {
      if (pretty && !first) {
        out.write(",\n".getBytes(StandardCharsets.UTF_8));
      }
      first = false;
      out.write(rendered.getBytes(StandardCharsets.UTF_8));
      if (!pretty) {
        out.write('\n');
      }
    }

    @Override
    public void close() throws IOException {
      if (page != null) {
        page.close();
        htmlOut.flush();
      }
      if (pretty) {
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
      }
      out.close();
    }
  }

  /** Keeps System.out open when the output is closed. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  static String[] layerNames() {
    return LAYERS.toArray(new String[0]);
  }

  @Override
  public String toString() {
    return "annotate " + Arrays.toString(layerNames());
  }
}
