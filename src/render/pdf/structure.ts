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
import {
  markedContentId,
  movedStructureContent,
  pdfTextString,
  releaseWrittenElement,
  spanColumns,
} from './pdfkit-internals.js';
import type { PdfDoc } from './types.js';

/**
 * What a page moved into another PDF (pages.ts) carries of its document's structure: the
 * writer's steps while the page was drawn, in order — an element opened (its type and alt
 * text), marked content of the page (its MCID) added to the innermost open element, an element
 * ended. Replayed after the page is moved (graft), they rebuild the same elements there.
 */
export type TagStep =
  | ['begin', string, string | undefined, number | undefined]
  | ['content', number]
  | ['end'];

interface Open {
  type: StructureType;
  element?: PDFKit.PDFStructureElement;
  /** The marked content sequence open on the page now, if any. */
  content?: PDFKit.PDFStructureContent;
  artifact?: boolean;
}

export interface StructureWriter {
  begin(type: StructureType, alt?: string, colSpan?: number): void;
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
  /**
   * Rebuilds a moved page's share of its document's structure (its TagSteps) in this document:
   * the page must be the current one, its marked content already in its stream.
   */
  graft(steps: readonly TagStep[]): void;
}

/**
 * `record`, when given, is told every step (a document whose pages will move into a print file).
 */
export function structureWriter(doc: PdfDoc, record?: (step: TagStep) => void): StructureWriter {
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
    begin(type, alt, colSpan) {
      closeMarked();
      if (type === 'Artifact' || top().artifact) {
        stack.push({ type, artifact: true });
        return;
      }
      // A header cell heads its column (a table's header row is its first): pdfkit writes
      // `scope` as the cell's /A << /O /Table /Scope /Column >>, which its types do not list.
      const options: { alt?: string; scope?: string } = alt ? { alt } : {};
      if (type === 'TH') options.scope = 'Column';
      const element = doc.struct(type, options);
      if (colSpan && colSpan > 1) spanColumns(element, colSpan);
      top().element?.add(element);
      stack.push({ type, element });
      record?.(['begin', type, alt, colSpan]);
    },
    end() {
      closeMarked();
      if (stack.length <= 1) throw new Error('structure: end without begin');
      const t = stack.pop() as Open;
      if (t.element) {
        t.element.end();
        releaseWrittenElement(t.element);
        record?.(['end']);
      }
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
      record?.(['content', markedContentId(t.content)]);
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
      // pdfkit writes /ActualText only when `actual` is truthy: pdfTextString's is, even empty
      // (the later pieces of a broken word read as nothing).
      const content = doc.markStructureContent('Span', { actual: pdfTextString(actual) });
      record?.(['begin', 'Span', undefined, undefined]);
      record?.(['content', markedContentId(content)]);
      return () => {
        doc.endMarkedContent();
        span.add(content);
        span.end();
        record?.(['end']);
      };
    },
    closeMarked,
    finish() {
      closeMarked();
      while (stack.length > 1) this.end();
      root.end();
    },
    graft(steps) {
      for (const step of steps) {
        if (step[0] === 'begin') this.begin(step[1] as StructureType, step[2], step[3]);
        else if (step[0] === 'end') this.end();
        else top().element?.add(movedStructureContent(doc, step[1]));
      }
    },
  };
}
