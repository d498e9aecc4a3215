package org.rostra.models.en.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostra.AnnotationException;
import org.rostra.ErrorCode;
import org.rostra.entity.KnowledgeBases;
import org.rostra.theme.ThemeClassifier;
import org.rostra.theme.ThemeClassifiers;
import org.rostra.theme.ThemeSets;
import org.rostra.theme.LabelledText;
import org.rostra.theme.Theme;
import org.rostra.theme.TrainingOptions;

/**
 * A truncated or corrupted resource fails {@code build()} (or the loader) with an
 * {@link AnnotationException} naming the resource or file and what is wrong; no half-loaded
 * object comes out.
 *
 * <p>The packaged resources are broken by {@link CorruptingResources}, a provider found by
 * {@link java.util.ServiceLoader} before the real one in an isolated class loader (a fresh
 * copy of Rostra, so the test's own classes are untouched); the builder runs there by
 * reflection.
 */
class BrokenResourcesTest {
  static final List<String> MODES = List.of("truncate", "head", "garbage", "flip", "empty");

  static Path dir;
  static URLClassLoader isolated;

  @BeforeAll
  static void isolate() throws IOException {
    dir = Files.createTempDirectory("rostra-corrupt");
    Path services = dir.resolve("META-INF/services/org.rostra.spi.ResourceProvider");
    Files.createDirectories(services.getParent());
    Files.writeString(services, CorruptingResources.class.getName() + "\n");
    List<URL> urls = new ArrayList<>();
    urls.add(dir.toUri().toURL());
    Set<String> cp = new LinkedHashSet<>();
    for (String prop : List.of("java.class.path", "surefire.test.class.path")) {
      String v = System.getProperty(prop);
      if (v != null) {
        cp.addAll(List.of(v.split(File.pathSeparator)));
      }
    }
    for (String e : cp) {
      if (!e.isBlank()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void close() throws IOException {
    isolated.close();
  }

  static void breakResource(String name, String mode) throws IOException {
    Files.writeString(dir.resolve("rostra-corrupt.properties"),
        "resource=" + name + "\nmode=" + mode + "\n", StandardCharsets.ISO_8859_1);
  }

  /** Calls {@code Annotator.builder().tokenize().<calls>().build()} in the isolated loader. */
  static Object build(String... calls) throws ReflectiveOperationException {
    Class<?> annotator = Class.forName("org.rostra.Annotator", true, isolated);
    Object b = annotator.getMethod("builder").invoke(null);
    b.getClass().getMethod("tokenize").invoke(b);
    for (String c : calls) {
      b.getClass().getMethod(c).invoke(b);
    }
    return b.getClass().getMethod("build").invoke(b);
  }

  static Object callStatic(String cls, String method) throws ReflectiveOperationException {
    Method m = Class.forName(cls, true, isolated).getMethod(method);
    return m.invoke(null);
  }

  interface Load {
    Object run() throws ReflectiveOperationException;
  }

  /** The load fails with an AnnotationException (of the isolated copy) naming the resource. */
  static void failsNaming(String resource, String mode, Load load) throws Exception {
    breakResource(resource, mode);
    Object got;
    try {
      got = load.run();
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause();
      assertEquals("org.rostra.AnnotationException", c.getClass().getName(),
          resource + "/" + mode + ": not an AnnotationException: " + c);
      String code = String.valueOf(c.getClass().getMethod("code").invoke(c));
      assertTrue(Set.of("RESOURCE_INVALID", "THEMES_INVALID", "KB_INVALID").contains(code),
          resource + "/" + mode + ": code " + code);
      String msg = c.getMessage();
      assertTrue(msg.contains(resource), resource + "/" + mode + ": message does not name it: " + msg);
      assertTrue(msg.length() > resource.length() + 20,
          resource + "/" + mode + ": message does not say what is wrong: " + msg);
      return;
    } finally {
      breakResource("", "truncate");
    }
    fail(resource + "/" + mode + ": loaded anyway: " + got);
  }

  @Test
  void theIsolatedLoaderBuildsTheFullPipelineWhenNothingIsBroken() throws Exception {
    breakResource("", "truncate");
    Object a = build("lemmas", "entities", "quotes", "themes");
    assertEquals("org.rostra.Annotator", a.getClass().getName());
    assertTrue(a.getClass().getClassLoader() == isolated, "not isolated");
  }

  @Test
  void brokenPosAndLemmaModelsFailBuild() throws Exception {
    for (String mode : MODES) {
      failsNaming("opennlp/pos", mode, () -> build("posTags"));
      failsNaming("opennlp/lemmas", mode, () -> build("lemmas"));
    }
  }

  @Test
  void brokenSentenceAndTokenModelsFailTheOpenNlpTokenizer() throws Exception {
    for (String mode : MODES) {
      failsNaming("opennlp/sentence", mode, () -> callStatic("org.rostra.tokenize.Tokenizers", "openNlp"));
      failsNaming("opennlp/tokens", mode, () -> callStatic("org.rostra.tokenize.Tokenizers", "openNlp"));
    }
  }

  @Test
  void brokenCueLexiconFailsBuild() throws Exception {
    for (String mode : List.of("truncate", "head", "garbage", "flip")) {
      failsNaming("lexicon/cues", mode, () -> build("quotes"));
    }
  }

  @Test
  void brokenThemeSetFailsBuild() throws Exception {
    for (String mode : MODES) {
      failsNaming("themes/cap", mode, () -> build("themes"));
    }
  }

  @Test
  void brokenBundledKnowledgeBaseFailsToLoadAndFailsBuild() throws Exception {
    for (String mode : MODES) {
      failsNaming("kb/bundled", mode,
          () -> callStatic("org.rostra.entity.KnowledgeBases", "bundled"));
      failsNaming("kb/bundled", mode, () -> build("entities"));
    }
  }

  // ---- files the user passes: KB files, theme files, trained models ----

  static void failsNamingFile(Path file, ErrorCode code, Runnable load) {
    AnnotationException e = assertThrows(AnnotationException.class, load::run, file.toString());
    assertEquals(code, e.code(), e.getMessage());
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
  }

  static byte[] bytesOf(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void truncatedOrCorruptedKbFilesFail(@TempDir Path tmp) throws Exception {
    String jsonl = "{\"id\":\"Q1\",\"label\":\"One\",\"type\":\"PERSON\",\"aliases\":[\"Uno\"]}\n"
        + "{\"id\":\"Q2\",\"label\":\"Two\",\"type\":\"ORG\"}\n";
    Path good = tmp.resolve("good.jsonl");
    Files.writeString(good, jsonl);
    assertEquals(2, KnowledgeBases.fromJsonLines(good).size());
    for (String mode : List.of("truncate", "garbage", "flip")) {
      Path f = tmp.resolve("kb-" + mode + ".jsonl");
      Files.write(f, CorruptingResources.corrupt(bytesOf(jsonl), mode));
      failsNamingFile(f, ErrorCode.KB_INVALID, () -> KnowledgeBases.fromJsonLines(f));
    }
    String tsv = "Q1\tOne\tUno|Eins\tPERSON\nQ2\tTwo\t\tORG\n";
    Path t = tmp.resolve("kb-bad.tsv");
    Files.writeString(t, tsv + "Q3\tThree\t\tNOT_A_TYPE\n");
    failsNamingFile(t, ErrorCode.KB_INVALID, () -> KnowledgeBases.fromTsv(t));
    Path t2 = tmp.resolve("kb-binary.tsv");
    Files.write(t2, CorruptingResources.corrupt(bytesOf(tsv), "garbage"));
    failsNamingFile(t2, ErrorCode.KB_INVALID, () -> KnowledgeBases.fromTsv(t2));
  }

  @Test
  void truncatedOrCorruptedThemeFilesAndModelsFail(@TempDir Path tmp) throws Exception {
    Path set = tmp.resolve("themes.json");
    ThemeSets.save(ThemeSets.of(
        Theme.builder("export-controls").keywords("export control", "entity list").build(),
        Theme.builder("tariffs").keywords("tariff", "duty").build()), set);
    byte[] good = Files.readAllBytes(set);
    assertEquals(2, ThemeSets.load(set).size());
    for (String mode : List.of("truncate", "head", "garbage", "flip", "empty")) {
      Path f = tmp.resolve("themes-" + mode + ".json");
      Files.write(f, CorruptingResources.corrupt(good, mode));
      failsNamingFile(f, ErrorCode.THEMES_INVALID, () -> ThemeSets.load(f));
    }
    Path model = tmp.resolve("model.json");
    List<LabelledText> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(LabelledText.of("New export controls on chips, entity list " + i, "export-controls"));
      examples.add(LabelledText.of("A tariff and a duty on steel imports " + i, "tariffs"));
    }
    ThemeClassifier trained =
        ThemeClassifiers.train(ThemeSets.load(set), examples, TrainingOptions.defaults());
    ThemeClassifiers.save(trained, model);
    byte[] m = Files.readAllBytes(model);
    ThemeClassifiers.load(model);
    for (String mode : List.of("truncate", "head", "garbage", "flip", "empty")) {
      Path f = tmp.resolve("model-" + mode + ".json");
      Files.write(f, CorruptingResources.corrupt(m, mode));
      failsNamingFile(f, ErrorCode.THEMES_INVALID, () -> ThemeClassifiers.load(f));
    }
  }
}
