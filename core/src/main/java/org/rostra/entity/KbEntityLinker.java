package org.rostra.entity;

import java.util.Set;
import org.rostra.doc.Document;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;

/** The linker over a {@link LinkerIndex}; the work for one document is a {@link DocLinker}. */
final class KbEntityLinker implements EntityLinker {
  private final LinkerIndex index;
  private final LinkerOptions options;

  KbEntityLinker(LinkerIndex index, LinkerOptions options) {
    this.index = index;
    this.options = options;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.POS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public KnowledgeBase knowledgeBase() {
    return index.kb;
  }

  @Override
  public Document process(Document document) {
    return document.with(
        Layers.ENTITIES,
        BylineNames.addTo(new DocLinker(index, options, document).run(), document, index.kb));
  }

  @Override
  public String toString() {
    return "EntityLinker[" + index.records.length + " entities, " + options + "]";
  }
}
