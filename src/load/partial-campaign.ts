/**
 * Load stage: the campaign checks (campaign-checks.ts) of a file the schema refused, run on what
 * it took, so that one `check` run and one save of the studio's form say every problem at once
 * (qa17: a bad "Số văn bản" was said first, and only once it was fixed the công văn's empty
 * "Kính gửi"; the office fixed one thing a round).
 *
 * The fields the schema took are read as it reads them (defaults, dates, transforms); a refused
 * field is left as typed. A check that reads a refused field is left out, whatever it found: its
 * complaint could be a consequence of the refused value (an empty "Ký hiệu" says nothing of
 * whether the notice is a công văn, which must have a "Kính gửi"). What a check reads is seen as
 * it reads it (`tracked`), so a check added or changed later needs no list of its fields here.
 * A check made of independent parts (the URL check: each link on its own) is told which fields
 * are refused (`CampaignUse.refused`) and leaves them unread, so one refused link does not keep
 * the others from being checked.
 */
import type { z } from 'zod';
import type { UserError } from '../errors.js';
import {
  CAMPAIGN_CHECKS,
  type CampaignFindings,
  type CampaignUse,
  type LineOf,
} from './campaign-checks.js';
import { likelyMeant } from './campaign-errors.js';
import type { Campaign } from './campaign-schema.js';

type Path = readonly string[];

const startsWith = (path: Path, head: Path) =>
  head.length <= path.length && head.every((k, i) => path[i] === k);

/** The campaign's fields the schema refused, as paths ("notice", "number"). */
export class RefusedFields {
  constructor(readonly paths: readonly Path[]) {}

  /** Reading `path` reads a refused value: the value itself or a part of one. */
  taints(path: Path): boolean {
    return this.paths.some((p) => startsWith(path, p));
  }

  /** Nothing at, above or under `path` is refused: its value is whole, as the schema reads it. */
  whole(path: string): boolean {
    const at = path.split('.');
    return !this.paths.some((p) => startsWith(at, p) || startsWith(p, at));
  }

  with(path: string): RefusedFields {
    return new RefusedFields([...this.paths, path.split('.')]);
  }
}

/**
 * The fields the schema's issues refuse: each issue's own, and for a key the campaign does not
 * know, that key and the field it most likely misspells ("recipents" stands for "recipients",
 * which is then empty only because of the misspelling).
 */
export function refusedFields(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
): RefusedFields {
  return new RefusedFields(
    issues.flatMap((issue) => {
      const path = issue.path.map(String);
      if (issue.code !== 'unrecognized_keys') return [path];
      return issue.keys.flatMap((key) => {
        const near = likelyMeant(schema, path, key);
        return near
          ? [
              [...path, key],
              [...path, near],
            ]
          : [[...path, key]];
      });
    }),
  );
}

interface SchemaDef {
  type?: string;
  transform?: (value: unknown, ctx: unknown) => unknown;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { def: SchemaDef }).def;

/** The object, list or record a schema parses, under its defaults, nullability and transforms. */
function container(schema: z.ZodType): SchemaDef {
  let def = defOf(schema);
  for (;;) {
    if (def.innerType && ['optional', 'default', 'nullable', 'prefault'].includes(def.type ?? ''))
      def = defOf(def.innerType);
    else if (def.type === 'pipe' && def.in) def = defOf(def.in);
    else return def;
  }
}

/**
 * A `z.preprocess` (its text read as lines, a "- Lưu: VT." entry read back as typed): the value
 * it hands on and the schema that reads that, so a list with one refused entry keeps its other
 * entries as the schema reads them, not as YAML typed them (a one-key group for "- Lưu: VT.").
 */
function preprocessed(schema: z.ZodType, value: unknown) {
  let def = defOf(schema);
  while (def.innerType && ['optional', 'default', 'nullable', 'prefault'].includes(def.type ?? ''))
    def = defOf(def.innerType);
  if (def.type !== 'pipe' || !def.in || !def.out) return undefined;
  const step = defOf(def.in);
  if (step.type !== 'transform' || !step.transform) return undefined;
  return { schema: def.out, value: step.transform(value, { value, issues: [] }) };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `value` as `schema` reads it, as far as it can: a part it refuses is read part by part (an
 * object's fields, a list's entries, a record's values), down to the values it refuses, which
 * stay as typed. An object whose whole is not taken loses its transform (the app's captions
 * made from its name): no check reads those.
 */
export function partialValue(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const pre = preprocessed(schema, value);
  if (pre) return partialValue(pre.schema, pre.value);
  const def = container(schema);
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const shape = def.shape;
    return Object.fromEntries(
      Object.keys(shape).map((key) => [key, partialValue(shape[key] as z.ZodType, value[key])]),
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((v) => partialValue(element, v));
  }
  if (def.type === 'record' && def.valueType && isRecord(value)) {
    const valueType = def.valueType;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, partialValue(valueType, v)]),
    );
  }
  return value;
}

/** `value` seen through a proxy that hands every path read (and read within) to `read`. */
function tracked<T>(value: T, path: Path, read: (path: Path) => void): T {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const got = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol') return got;
      read([...path, key]);
      return tracked(got, [...path, key], read);
    },
  });
}

/**
 * The errors of the checks that read no refused field of `c`, the campaign as far as the schema
 * took it. A check that fails on a refused value (reading into a text that is a list) is left
 * out as well; one that fails otherwise is a fault of the tool's, and thrown.
 */
export function checksOfTheRest(
  c: Campaign,
  refused: RefusedFields,
  file: string,
  lineOf: LineOf,
  use: CampaignUse,
): UserError[] {
  return CAMPAIGN_CHECKS.flatMap((check) => {
    let tainted = false;
    const seen = tracked(c, [], (path) => {
      tainted ||= refused.taints(path);
    });
    const findings: CampaignFindings = { errors: [], warnings: [] };
    try {
      check(seen, file, lineOf, findings, { ...use, refused: (path) => refused.taints(path) });
    } catch (e) {
      if (tainted) return [];
      throw e;
    }
    return tainted ? [] : findings.errors;
  });
}
