/** Layout stage: the pdfkit document type, named once. */
export type PdfDoc = PDFKit.PDFDocument;
