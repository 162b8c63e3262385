/**
 * Render stage, PDF back end: a tagged PDF's structure tree, built as a kind draws. The kind opens
 * and closes elements (Surface.beginStructure/endStructure); what it draws meanwhile is marked
 * content of the innermost open element (a BDC…EMC sequence with its MCID), opened lazily on the
 * first drawing operator and closed before anything else opens, ends or a page is added — so no
 * marked content ever spans a page, and pdfkit's own re-marking at a page break never applies.
 * What is drawn outside every element, or inside an Artifact, is marked as an artifact.
 * Uses pdfkit's documented tagging API (struct, addStructure, markStructureContent).
 */
import type { StructureType } from '../../layout/surface.js';
import type { PdfDoc } from './types.js';

interface Open {
  type: StructureType;
  element?: PDFKit.PDFStructureElement;
  /** The marked content sequence open on the page now, if any. */
  content?: PDFKit.PDFStructureContent;
  artifact?: boolean;
}

export interface StructureWriter {
  begin(type: StructureType, alt?: string): void;
  end(): void;
  /** Before a drawing operator: opens the marked content it belongs to. */
  mark(): void;
  /**
   * Before a run that reads as `actual` (a piece of a word broken over lines): in an element, the
   * run becomes a Span element of its own whose marked content carries the /ActualText, and the
   * returned function ends it. A Span nested in the element's marked content instead would end
   * that content for poppler and pdf.js, which then drop the rest of the paragraph. Outside
   * every element (an artifact) the run is marked as mark() does and undefined is returned: the
   * caller wraps it in a plain Span.
   */
  markActualText(actual: string): (() => void) | undefined;
  /** Before a page is added: closes the open marked content. */
  closeMarked(): void;
  /** Ends every element still open (the document ends). */
  finish(): void;
}

export function structureWriter(doc: PdfDoc): StructureWriter {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const stack: Open[] = [{ type: 'P', element: root }];
  let markedArtifact = false;
  const top = () => stack[stack.length - 1] as Open;
  const closeMarked = () => {
    const t = top();
    if (t.content) {
      doc.endMarkedContent();
      t.element?.add(t.content);
      t.content = undefined;
    }
    if (markedArtifact) {
      doc.endMarkedContent();
      markedArtifact = false;
    }
  };
  return {
    begin(type, alt) {
      closeMarked();
      if (type === 'Artifact' || top().artifact) {
        stack.push({ type, artifact: true });
        return;
      }
      const element = doc.struct(type, alt ? { alt } : {});
      top().element?.add(element);
      stack.push({ type, element });
    },
    end() {
      closeMarked();
      if (stack.length <= 1) throw new Error('structure: end without begin');
      const t = stack.pop() as Open;
      t.element?.end();
    },
    mark() {
      const t = top();
      if (t.content || markedArtifact) return;
      // The document element holds no content of its own: what is drawn there is decoration.
      if (t.artifact || stack.length === 1) {
        doc.markContent('Artifact');
        markedArtifact = true;
        return;
      }
      t.content = doc.markStructureContent(t.type);
    },
    markActualText(actual) {
      const t = top();
      if (t.artifact || stack.length === 1 || !t.element) {
        this.mark();
        return undefined;
      }
      closeMarked();
      const span = doc.struct('Span');
      t.element.add(span);
      // pdfkit writes /ActualText only when `actual` is truthy: a String object is, even empty
      // (the later pieces of a broken word read as nothing).
      const content = doc.markStructureContent('Span', {
        actual: new String(actual) as unknown as string,
      });
      return () => {
        doc.endMarkedContent();
        span.add(content);
        span.end();
      };
    },
    closeMarked,
    finish() {
      closeMarked();
      while (stack.length > 1) (stack.pop() as Open).element?.end();
      root.end();
    },
  };
}
