/**
 * Chromium names the elements of a tagged PDF's structure tree after DOM node ids
 * ("node00000087"). Those numbers depend on the tab's history, and an element repeated on
 * several pages (a table header) shares one id, whose name-tree entry Chromium points at
 * whichever copy it meets first: the same form could give different bytes. The ids are
 * optional (ISO 32000-1 §14.7.2), so they are removed with the tree that indexes them, and
 * so are the table cells' /Headers attributes, the only references to them (they would name
 * ids that no longer exist, numbered after the tab's history); the structure itself (what
 * makes the PDF tagged) is untouched.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID = PDFName.of('ID');
const ID_TREE = PDFName.of('IDTree');
const TYPE = PDFName.of('Type');
const STRUCT_ELEM = PDFName.of('StructElem');
const STRUCT_TREE_ROOT = PDFName.of('StructTreeRoot');
const KIDS = PDFName.of('Kids');
const ATTRIBUTES = PDFName.of('A');
const HEADERS = PDFName.of('Headers');

/** Removes /Headers from an element's attribute objects (a dict or an array of them, maybe indirect). */
function dropHeaders(document: PDFDocument, attributes: PDFObject | undefined): void {
  const value = attributes instanceof PDFRef ? document.context.lookup(attributes) : attributes;
  if (value instanceof PDFDict) value.delete(HEADERS);
  else if (value instanceof PDFArray) for (const item of value.asArray()) dropHeaders(document, item);
}

/** Deletes a name tree node and its kids from the document (they would be saved as orphans). */
function deleteNameTree(document: PDFDocument, node: PDFObject | undefined): void {
  if (!(node instanceof PDFRef)) return;
  const dict = document.context.lookup(node);
  document.context.delete(node);
  if (!(dict instanceof PDFDict)) return;
  const kids = dict.get(KIDS);
  const list = kids instanceof PDFRef ? document.context.lookup(kids) : kids;
  if (kids instanceof PDFRef) document.context.delete(kids);
  if (list instanceof PDFArray) for (const kid of list.asArray()) deleteNameTree(document, kid);
}

export function dropStructureIds(document: PDFDocument): void {
  for (const [, object] of [...document.context.enumerateIndirectObjects()]) {
    if (!(object instanceof PDFDict)) continue;
    const type = object.get(TYPE);
    if (type === STRUCT_ELEM) {
      object.delete(ID);
      dropHeaders(document, object.get(ATTRIBUTES));
    } else if (type === STRUCT_TREE_ROOT) {
      deleteNameTree(document, object.get(ID_TREE));
      object.delete(ID_TREE);
    }
  }
}
