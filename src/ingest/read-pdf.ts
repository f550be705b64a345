// Ingest: text of a PDF through unpdf (PDF.js). Pages are joined by blank lines; a file PDF.js
// cannot open, or one without a text layer, is unreadable with the reason given.

import { extractText, getDocumentProxy } from 'unpdf';
import { UnreadableFileError } from '../model/index.ts';

/** @throws UnreadableFileError "broken PDF: ..." or "PDF has no text layer" */
export async function readPdf(bytes: Uint8Array, path: string): Promise<string> {
  if (bytes.length === 0) throw new UnreadableFileError(path, 'empty file');
  let pages: string[];
  try {
    // PDF.js takes ownership of the buffer it is given, so it gets a copy; its console warnings
    // about damaged files are dropped because the error we raise says the same to the user.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new UnreadableFileError(path, `broken PDF: ${detail}`, { cause });
  }
  const text = pages.map((page) => page.trim()).filter((page) => page !== '').join('\n\n');
  if (text === '') throw new UnreadableFileError(path, 'PDF has no text layer');
  return text;
}
