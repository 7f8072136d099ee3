/**
 * Compares the zod content schema with the content model (src/lib/content/model.ts), so the two cannot drift
 * apart: the model makes the editor's fields, the scaffolder's lines and each field's messages, but the schema's
 * keys are written out in src/content.config.ts so Astro can type every page's data from them.
 * Reads zod 4's public `type`/`def` description of each schema; used by tests/unit/content-model.test.ts.
 */
import type { ModelField } from '../src/lib/content/model.ts';

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
function widgetFits(kind: FieldKind, field: ModelField): boolean {
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

/** Every way the content model and the schema disagree; empty when they match. */
export function compareFields(
  schemaFields: readonly SchemaField[],
  modelFields: readonly ModelField[],
  where: string,
): string[] {
  const problems: string[] = [];
  const modelByName = new Map(modelFields.map((field) => [field.name, field]));
  const schemaNames = new Set(schemaFields.map((field) => field.name));
  for (const field of schemaFields) {
    const model = modelByName.get(field.name);
    const path = `${where}.${field.name}`;
    if (!model) {
      problems.push(`${path}: in the content schema but not in the content model; add it to src/lib/content/model.ts`);
      continue;
    }
    if (model.required !== field.required) {
      problems.push(
        `${path}: the schema makes it ${field.required ? 'required' : 'optional'}, the content model ${model.required ? 'required' : 'optional'}`,
      );
    }
    if (!widgetFits(field.kind, model))
      problems.push(`${path}: the content model's "${model.widget}" kind cannot hold a ${field.kind} value`);
    if (
      (field.kind === 'object' && model.widget === 'object') ||
      (field.kind === 'object[]' && model.widget === 'objects')
    )
      problems.push(...compareFields(field.children, model.fields, path));
  }
  for (const model of modelFields) {
    if (!schemaNames.has(model.name))
      problems.push(
        `${where}.${model.name}: in the content model but not in the content schema; remove it from src/lib/content/model.ts`,
      );
  }
  return problems;
}
