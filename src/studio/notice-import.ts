/**
 * Studio: where the Word (.docx) importer plugs in. The "new campaign" page offers an upload of
 * the office's Word notice only when an importer is given (StudioOptions.importNotice); without
 * one the field is not shown at all.
 *
 * PLUG-IN POINT (branch `office`: the .docx import module and its `import-docx` command): wrap
 * its function as a NoticeImporter and pass it to createStudio in src/cli/studio.ts.
 */

export interface ImportedNotice {
  /** The campaign.yaml text made from the notice. */
  yaml: string;
  /** What the importer guessed or could not read, one sentence each, shown for review. */
  notes: string[];
}

export type NoticeImporter = (bytes: Uint8Array, fileName: string) => Promise<ImportedNotice>;
