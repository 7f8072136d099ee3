/**
 * Compares the editor's field list with the zod content schema, so the two cannot drift apart.
 * Reads zod 4's public `type`/`def` description of each schema; used by tests/unit/cms-fields.test.ts.
 */
import type { CmsField } from '../src/lib/cms/fields.ts';

/** The parts of a zod schema this check reads. */
interface ZodLike {
  type: string;
  def: { innerType?: ZodLike; in?: ZodLike; out?: ZodLike; element?: ZodLike };
  shape?: Record<string, ZodLike>;
}

/** What kind of value a schema field holds, as far as choosing an editor widget goes. */
type FieldKind =
  | 'string'
  | 'date'
  | 'boolean'
  | 'number'
  | 'image'
  | 'object'
  | 'object[]'
  | 'reference'
  | 'reference[]'
  | 'string[]'
  | 'other';

export interface SchemaField {
  name: string;
  required: boolean;
  kind: FieldKind;
  children: SchemaField[];
}

/** The schema a preprocess step (strictFields, calendarDay) feeds: its value's real shape. */
const throughPreprocess = (schema: ZodLike): ZodLike =>
  schema.type === 'pipe' && schema.def.in?.type === 'transform' && schema.def.out
    ? throughPreprocess(schema.def.out)
    : schema;

function unwrap(schema: ZodLike): { inner: ZodLike; required: boolean } {
  let inner = throughPreprocess(schema);
  let required = true;
  while ((inner.type === 'optional' || inner.type === 'default' || inner.type === 'nullable') && inner.def.innerType) {
    required = false;
    inner = throughPreprocess(inner.def.innerType);
  }
  return { inner, required };
}

function kindOf(schema: ZodLike, image: unknown): FieldKind {
  if (schema === image) return 'image';
  // astro:content's reference() is a pipe from a union of id forms into a transform.
  if (schema.type === 'pipe' && schema.def.in?.type === 'union') return 'reference';
  if (schema.type === 'array' && schema.def.element) {
    const element = kindOf(unwrap(schema.def.element).inner, image);
    return element === 'reference'
      ? 'reference[]'
      : element === 'string'
        ? 'string[]'
        : element === 'object'
          ? 'object[]'
          : 'other';
  }
  if (['string', 'date', 'boolean', 'number', 'object'].includes(schema.type)) return schema.type as FieldKind;
  return 'other';
}

/** The schema's fields, with required-ness and kind; `image` is the stub passed as the schema's image(). */
export function describeSchema(schema: unknown, image: unknown): SchemaField[] {
  const shape = throughPreprocess(schema as ZodLike).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { inner, required } = unwrap(field);
    const kind = kindOf(inner, image);
    const children =
      kind === 'object'
        ? describeSchema(inner, image)
        : kind === 'object[]'
          ? describeSchema(unwrap(inner.def.element as ZodLike).inner, image)
          : [];
    return { name, required, kind, children };
  });
}

/** Which widgets can edit each kind of value. */
function widgetFits(kind: FieldKind, field: CmsField): boolean {
  switch (kind) {
    case 'string':
      return field.widget === 'string' || field.widget === 'text';
    case 'reference':
      return (field.widget === 'relation' || field.widget === 'select') && !field.multiple;
    case 'reference[]':
      return (field.widget === 'relation' || field.widget === 'select') && field.multiple;
    case 'string[]':
      return field.widget === 'list';
    case 'object[]':
      return field.widget === 'objects';
    case 'other':
      return false;
    default:
      return field.widget === kind;
  }
}

/** Every way the editor's fields and the schema disagree; empty when they match. */
export function compareFields(
  schemaFields: readonly SchemaField[],
  cmsFields: readonly CmsField[],
  where: string,
): string[] {
  const problems: string[] = [];
  const cmsByName = new Map(cmsFields.map((field) => [field.name, field]));
  const schemaNames = new Set(schemaFields.map((field) => field.name));
  for (const field of schemaFields) {
    const cms = cmsByName.get(field.name);
    const path = `${where}.${field.name}`;
    if (!cms) {
      problems.push(`${path}: in the content schema but not in the editor; add it to src/lib/cms/fields.ts`);
      continue;
    }
    if (cms.required !== field.required) {
      problems.push(
        `${path}: the schema makes it ${field.required ? 'required' : 'optional'}, the editor ${cms.required ? 'required' : 'optional'}`,
      );
    }
    if (!widgetFits(field.kind, cms))
      problems.push(`${path}: the editor's "${cms.widget}" widget cannot edit a ${field.kind} value`);
    if ((field.kind === 'object' && cms.widget === 'object') || (field.kind === 'object[]' && cms.widget === 'objects'))
      problems.push(...compareFields(field.children, cms.fields, path));
  }
  for (const cms of cmsFields) {
    if (!schemaNames.has(cms.name))
      problems.push(
        `${where}.${cms.name}: in the editor but not in the content schema; remove it from src/lib/cms/fields.ts`,
      );
  }
  return problems;
}
