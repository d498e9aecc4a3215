package org.rostra.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.rostra.doc.Document;

/**
 * Renders annotated documents as one self-contained HTML page to read in a browser: entities
 * highlighted by type (their knowledge-base label and id on hover or tap), quotes tied to their
 * speaker, cue and cited source by a numbered badge, document and paragraph themes with their
 * evidence, a legend and layer switches. The page loads nothing from the network (inline CSS
 * and script only, locked by a Content-Security-Policy), is readable on a phone, and renders
 * whatever layers a document has, from a text alone to every built-in layer; custom layers are
 * listed by name.
 *
 * <p>Every piece of document text and every attribute value (ids, labels, metadata) is
 * escaped, so a document cannot inject markup or script into the page. Overlapping spans (an
 * entity inside a quote, a quote across two sentences) are split into properly nested
 * elements.
 *
 * <pre>{@code
 * Files.writeString(Path.of("seed.html"), HtmlView.render(doc));
 * }</pre>
 *
 * <p>For many documents, {@link #render(List, String)} makes one page with a section per
 * document; {@link #pageWriter(Appendable, String)} streams such a page.
 *
 * <p>Thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class HtmlView {
  private HtmlView() {}

  /**
   * A page showing one document, titled with its id.
   *
   * @param document any document
   * @return a complete HTML5 page
   */
  public static String render(Document document) {
    Objects.requireNonNull(document, "document");
    String title = document.id().isEmpty() ? "Rostra document" : document.id();
    return render(List.of(document), title);
  }

  /**
   * A page showing several documents, one section each, with a table of contents.
   *
   * @param documents the documents, in the order to show them
   * @param title the page title (escaped)
   * @return a complete HTML5 page
   */
  public static String render(List<Document> documents, String title) {
    Objects.requireNonNull(documents, "documents");
    StringBuilder sb = new StringBuilder(8192);
    try (PageWriter w = pageWriter(sb, title)) {
      for (Document d : documents) {
        w.add(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with a StringBuilder
    }
    return sb.toString();
  }

  /**
   * A writer that streams a page with a section per document, rendering each document as it
   * is added, so that a large batch is never held in memory. Closing it ends the page (it does
   * not close {@code out}).
   *
   * @param out where to write the page
   * @param title the page title (escaped)
   * @return the writer; not thread-safe
   * @throws IOException when {@code out} fails
   */
  public static PageWriter pageWriter(Appendable out, String title) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(title, "title");
    HtmlPage page = new HtmlPage(out, title);
    page.start();
    return new PageWriter(page);
  }

  /**
   * Writes one page section by section; see {@link HtmlView#pageWriter(Appendable, String)}.
   *
   * @since 0.1
   */
  public static final class PageWriter implements AutoCloseable {
    private final HtmlPage page;
    private boolean closed;

    private PageWriter(HtmlPage page) {
      this.page = page;
    }

    /**
     * Appends a section showing one document.
     *
     * @param document any document
     * @throws IOException when the output fails
     * @throws IllegalStateException after {@link #close()}
     */
    public void add(Document document) throws IOException {
      Objects.requireNonNull(document, "document");
      if (closed) {
        throw new IllegalStateException("page already closed");
      }
      page.section(document);
    }

    /**
     * Ends the page; further calls do nothing.
     *
     * @throws IOException when the output fails
     */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        page.end();
      }
    }
  }
}
