// pdfjs-dist ships no types for its worker bundle; test/support/pdfjs.ts only imports it for its
// side effect (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
