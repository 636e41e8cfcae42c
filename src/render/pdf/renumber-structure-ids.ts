/**
 * Chromium names the elements of a tagged PDF's structure tree after DOM node ids
 * ("node00000087"), which grow with every document a tab has loaded: the same form printed
 * in a fresh tab or a reused one would differ. This renumbers them by rank (the smallest
 * becomes node00000001…), which keeps their order, so name trees stay sorted.
 */
import { PDFArray, PDFDict, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

function visit(object: PDFObject, onString: (value: PDFString, replace: (next: PDFString) => void) => void): void {
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      if (value instanceof PDFString) onString(value, (next) => {
          object.set(key, next);
        });
      else visit(value, onString);
    }
  } else if (object instanceof PDFArray) {
    for (let index = 0; index < object.size(); index += 1) {
      const value = object.get(index);
      if (value instanceof PDFString) onString(value, (next) => {
          object.set(index, next);
        });
      else visit(value, onString);
    }
  }
}

export function renumberStructureIds(document: PDFDocument): void {
  const found: { value: PDFString; replace: (next: PDFString) => void }[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    visit(object, (value, replace) => {
      if (NODE_ID.test(value.asString())) found.push({ value, replace });
    });
  }
  const ranks = new Map<bigint, number>();
  const numbers = [...new Set(found.map(({ value }) => BigInt(value.asString().slice(4))))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  numbers.forEach((number, index) => ranks.set(number, index + 1));
  for (const { value, replace } of found) {
    const rank = ranks.get(BigInt(value.asString().slice(4))) ?? 0;
    replace(PDFString.of(`node${String(rank).padStart(8, '0')}`));
  }
}
