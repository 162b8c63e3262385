/**
 * A tagged PDF's structure tree read back with pdf.js as a screen reader gets it: the elements of
 * every page in document order, each with its role, alternative text, the text of its own marked
 * content and its depth (an element that runs over pages appears on each of them), and `page`.
 */
import { getDocument } from './pdfjs.js';

export interface StructureNode {
  role: string;
  alt?: string;
  text: string;
  depth: number;
  /** 1-based. */
  page: number;
}

export async function structure(bytes: Uint8Array): Promise<StructureNode[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const nodes: StructureNode[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const text = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    let open: string | undefined;
    for (const item of text.items as {
      type?: string;
      id?: string;
      str?: string;
      hasEOL?: boolean;
    }[]) {
      if (item.type === 'beginMarkedContentProps') open = item.id;
      else if (item.type === 'endMarkedContent') open = undefined;
      else if (open && item.str !== undefined)
        byId.set(open, `${byId.get(open) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
    }
    type Tree = { role?: string; alt?: string; type?: string; id?: string; children?: Tree[] };
    const walk = (n: Tree, depth: number) => {
      const kids = n.children ?? [];
      const own = kids
        .filter((c) => c.type === 'content')
        .map((c) => byId.get(c.id ?? '') ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (n.role && n.role !== 'Root')
        nodes.push({ role: n.role, alt: n.alt, text: own, depth, page: p });
      for (const c of kids) if (!c.type) walk(c, depth + 1);
    };
    walk((await page.getStructTree()) as Tree, 0);
  }
  return nodes;
}
