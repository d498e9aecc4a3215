package org.rostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ResourceCacheTest {
  @Test
  void annotatorsBuiltWithOneCacheShareTheLoadedStages() {
    ResourceCache cache = ResourceCache.create();
    Annotator a = Annotator.builder().resources(cache).tokenize().posTags().build();
    Annotator b = Annotator.builder().resources(cache).tokenize().lemmas().build();
    assertSame(a.stages().get(1), b.stages().get(1));
    assertEquals(2, cache.size());
    assertEquals(a.annotate("He ran home.").posTags(), b.annotate("He ran home.").posTags());
  }

  @Test
  void withoutACacheEachBuildLoadsItsOwn() {
    Annotator a = Annotator.builder().tokenize().posTags().build();
    Annotator b = Annotator.builder().tokenize().posTags().build();
    assertNotSame(a.stages().get(1), b.stages().get(1));
  }
}
