/** Where a missing item goes (remedies.ts derives it): a leaf of pure types, so `types.ts` may name it. */

/** field, document, chapter (of a document), review (the bureau's), authority_record (another body's), milestone (a dated record). */
export type RemedyKind = 'field' | 'document' | 'chapter' | 'review' | 'authority_record' | 'milestone';

/** Who supplies the item: the applying department, the bureau (the pack's competent department), or another authority. */
export type RemedySupplier = 'department' | 'bureau' | 'authority';

export interface Remedy {
  /** The missing item, as the finding names it. */
  item: string;
  kind: RemedyKind;
  /** JSON path in the body sent to `route` (the application by default): `documents[].type`, `fields.系统接口` … */
  path: string;
  /** The route that takes it: `PUT /v1/projects/{id}` (resubmission) for the department's own items. */
  route: string;
  /** The names or values accepted at `path` (lenient spellings included, docs/catalogue-vs-text.md). */
  accepts: readonly string[];
  supplier: RemedySupplier;
  /** supplier `authority` (and `bureau`): the body named by the regulation. */
  authority?: string;
  /** kind `chapter`: the document type the chapter belongs in. */
  document?: string;
}
