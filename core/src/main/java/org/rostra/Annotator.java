package org.rostra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.quote.QuoteAttributor;
import org.rostra.quote.QuoteAttributors;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeSet;
import org.rostra.entity.EntityLinker;
import org.rostra.entity.EntityLinkers;
import org.rostra.entity.KnowledgeBase;
import org.rostra.tokenize.Tokenizer;
import org.rostra.tokenize.Tokenizers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rostra's entry point: a fixed pipeline of stages that annotates text.
 *
 * <pre>{@code
 * Annotator annotator = Annotator.builder().tokenize().build();
 * Document doc = annotator.annotate("Xi said so.", LocalDate.of(2023, 4, 14));
 * doc.sentences();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it across threads.
 *
 * @since 0.1
 */
public final class Annotator {
  private static final Logger LOG = LoggerFactory.getLogger(Annotator.class);

  private final List<Stage> stages;
  private final int maxChars;

  private Annotator(List<Stage> stages, int maxChars) {
    this.stages = List.copyOf(stages);
    this.maxChars = maxChars;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stages in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** The layers every document this annotator returns has, in the order they are added. */
  public List<LayerKey<?>> layers() {
    List<LayerKey<?>> out = new ArrayList<>();
    for (Stage s : stages) {
      out.addAll(sorted(s.provides()));
    }
    return List.copyOf(out);
  }

  /** Annotates a text without id or date. */
  public Document annotate(String text) {
    return annotate(AnnotationRequest.of("", text));
  }

  /** Annotates a text written on {@code date} (titles resolve to the holders of that day). */
  public Document annotate(String text, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return annotate(AnnotationRequest.of("", text, date));
  }

  /**
   * Annotates one document.
   *
   * @throws AnnotationException INPUT_TOO_LARGE over {@code maxChars}; STAGE_FAILED when a
   *     stage fails (the message names the stage and the document id, never the text)
   */
  public Document annotate(AnnotationRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.text().length() > maxChars) {
      throw new AnnotationException(
          ErrorCode.INPUT_TOO_LARGE,
          "document '" + request.id() + "' has " + request.text().length()
              + " chars, more than maxChars = " + maxChars);
    }
    Document doc = Document.of(request.id(), request.text(), request.date(), request.meta());
    for (Stage stage : stages) {
      try {
        doc = stage.process(doc);
      } catch (AnnotationException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AnnotationException(
            ErrorCode.STAGE_FAILED,
            "stage '" + stage.name() + "' failed on document '" + request.id() + "' ("
                + request.text().length() + " chars): " + e.getClass().getName(),
            e);
      }
      for (LayerKey<?> k : stage.provides()) {
        if (!doc.has(k)) {
          throw new AnnotationException(
              ErrorCode.STAGE_FAILED,
              "stage '" + stage.name() + "' did not add its layer '" + k.name() + "'");
        }
      }
    }
    return doc;
  }

  /** Annotates documents one after another, in order. */
  public List<Document> annotateAll(Iterable<AnnotationRequest> requests) {
    List<Document> out = new ArrayList<>();
    for (AnnotationRequest r : requests) {
      out.add(annotate(r));
    }
    return out;
  }

  /** Annotates a stream lazily; a parallel stream annotates in parallel. */
  public Stream<Document> annotateAll(Stream<AnnotationRequest> requests) {
    return requests.map(this::annotate);
  }

  private static List<LayerKey<?>> sorted(Set<LayerKey<?>> keys) {
    List<LayerKey<?>> l = new ArrayList<>(keys);
    l.sort((a, b) -> a.name().compareTo(b.name()));
    return l;
  }

  /**
   * Configures an {@link Annotator}. Not thread-safe; {@link #build()} checks what every
   * stage requires and provides and loads the resources, failing fast.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Supplier<? extends Stage> tokenizer;
    private boolean pos;
    private boolean lemmas;
    private Supplier<? extends Stage> quotes;
    private Supplier<? extends ThemeClassifier> themes;
    private Supplier<? extends Stage> entities;
    private final List<Stage> custom = new ArrayList<>();
    private int maxChars = Integer.MAX_VALUE;
    private ResourceCache cache;

    private Builder() {}

    /**
     * Shares the loaded built-in stages with every annotator built with the same cache (see
     * {@link ResourceCache}); without it, each {@code build()} loads its own.
     */
    public Builder resources(ResourceCache cache) {
      this.cache = Objects.requireNonNull(cache, "cache");
      return this;
    }

    private <T> T load(String key, Supplier<? extends T> loader) {
      return cache == null ? loader.get() : cache.get(key, loader);
    }

    /** Adds the English tokenizer: paragraphs, sentences, tokens, datelines. */
    public Builder tokenize() {
      this.tokenizer = Tokenizers::english;
      return this;
    }

    /** Adds a given tokenizer instead of the English one. */
    public Builder tokenize(Tokenizer tokenizer) {
      Objects.requireNonNull(tokenizer, "tokenizer");
      this.tokenizer = () -> tokenizer;
      return this;
    }

    /** Adds Universal POS tags (added anyway when a stage requires them). */
    public Builder posTags() {
      this.pos = true;
      return this;
    }

    /** Adds lemmas, and POS tags which they need (added anyway when a stage requires them). */
    public Builder lemmas() {
      this.lemmas = true;
      return this;
    }

    /**
     * Adds the English quote attributor ({@link QuoteAttributors#english()}): direct, mixed
     * and indirect quotes with cue, speaker and source. Needs {@code tokenize()}; POS tags are
     * added automatically; speakers resolve to entities when {@code entities()} is configured.
     */
    public Builder quotes() {
      this.quotes = () -> load("quotes/english", QuoteAttributors::english);
      return this;
    }

    /** Adds a configured quote attributor (see {@link QuoteAttributors#builder()}). */
    public Builder quotes(QuoteAttributor attributor) {
      Objects.requireNonNull(attributor, "attributor");
      this.quotes = () -> attributor;
      return this;
    }

    /**
     * Adds the theme classifier with the built-in Comparative Agendas Project topics (needs
     * {@code rostra-models-en}): document, paragraph and quote themes with evidence.
     */
    public Builder themes() {
      this.themes = () -> load("themes/cap", ThemeClassifiers::cap);
      return this;
    }

    /** Adds a lexicon theme classifier over a theme set (custom, or built-in plus yours). */
    public Builder themes(ThemeSet themeSet) {
      Objects.requireNonNull(themeSet, "themeSet");
      this.themes = () -> ThemeClassifiers.lexicon(themeSet);
      return this;
    }

    /** Adds a given theme classifier, such as a trained or loaded one. */
    public Builder themes(ThemeClassifier classifier) {
      Objects.requireNonNull(classifier, "classifier");
      this.themes = () -> classifier;
      return this;
    }

    /**
     * Adds the entity linker over the bundled knowledge base (needs {@code rostra-models-en}):
     * mentions, Wikidata links or NIL, coreference clusters. POS tags are added automatically.
     */
    public Builder entities() {
      this.entities = () -> load("entities/english", EntityLinkers::english);
      return this;
    }

    /** Adds the entity linker over a given knowledge base (for example a composed one). */
    public Builder entities(KnowledgeBase kb) {
      Objects.requireNonNull(kb, "kb");
      this.entities = () -> EntityLinkers.english(kb);
      return this;
    }

    /** Adds a configured entity linker. */
    public Builder entities(EntityLinker linker) {
      Objects.requireNonNull(linker, "linker");
      this.entities = () -> linker;
      return this;
    }

    /** Adds a custom stage; custom stages run after the built-in ones, in the order added. */
    public Builder stage(Stage stage) {
      Objects.requireNonNull(stage, "stage");
      custom.add(stage);
      return this;
    }

    /** Documents longer than this many chars fail with INPUT_TOO_LARGE. */
    public Builder maxChars(int maxChars) {
      if (maxChars < 0) {
        throw new IllegalArgumentException("maxChars must be >= 0, got " + maxChars);
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Builds the annotator.
     *
     * @throws AnnotationException CONFIG_INVALID with no stage; MISSING_REQUIREMENT when a
     *     stage requires a layer no earlier stage provides (naming the builder call to add);
     *     DUPLICATE_LAYER when two stages provide one layer; RESOURCE_NOT_FOUND or
     *     RESOURCE_INVALID for missing or broken models
     */
    public Annotator build() {
      List<Stage> plan = new ArrayList<>();
      Set<LayerKey<?>> wanted = new HashSet<>();
      for (Stage s : custom) {
        wanted.addAll(s.requires());
      }
      Stage quoteStage = quotes == null ? null : quotes.get();
      if (quoteStage != null) {
        wanted.addAll(quoteStage.requires());
      }
      Stage themeStage = themes == null ? null : themes.get();
      if (themeStage != null) {
        wanted.addAll(themeStage.requires());
      }
      Stage linker = entities == null ? null : entities.get();
      if (linker != null) {
        wanted.addAll(linker.requires());
      }
      if (tokenizer != null) {
        plan.add(tokenizer.get());
      }
      boolean needLemmas = lemmas || wanted.contains(Layers.LEMMAS);
      boolean needPos = pos || needLemmas || wanted.contains(Layers.POS);
      if (needPos && !providedBy(custom, Layers.POS)) {
        plan.add(load("pos/english", Tokenizers::englishPosTagger));
      }
      if (needLemmas && !providedBy(custom, Layers.LEMMAS)) {
        plan.add(load("lemmas/english", Tokenizers::englishLemmatizer));
      }
      if (linker != null) {
        plan.add(linker);
      }
      if (quoteStage != null) {
        plan.add(quoteStage);
      }
      if (themeStage != null) {
        plan.add(themeStage);
      }
      plan.addAll(custom);
      if (plan.isEmpty()) {
        throw new AnnotationException(
            ErrorCode.CONFIG_INVALID,
            "no stage configured: add Annotator.builder().tokenize() or a stage");
      }
      Set<LayerKey<?>> provided = new LinkedHashSet<>();
      for (Stage s : plan) {
        for (LayerKey<?> r : s.requires()) {
          if (!provided.contains(r)) {
            throw new AnnotationException(
                ErrorCode.MISSING_REQUIREMENT,
                "stage '" + s.name() + "' requires layer '" + r.name() + "': add "
                    + r.builderCall() + " (provided so far: " + provided + ")");
          }
        }
        for (LayerKey<?> p : s.provides()) {
          if (!provided.add(p)) {
            throw new AnnotationException(
                ErrorCode.DUPLICATE_LAYER,
                "layer '" + p.name() + "' is provided twice (again by stage '" + s.name()
                    + "')");
          }
        }
      }
      LOG.debug("annotator built with stages {}", plan.stream().map(Stage::name).toList());
      return new Annotator(plan, maxChars);
    }

    private static boolean providedBy(List<Stage> stages, LayerKey<?> key) {
      for (Stage s : stages) {
        if (s.provides().contains(key)) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public String toString() {
    return "Annotator" + stages.stream().map(Stage::name).toList();
  }
}
