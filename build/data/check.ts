// Tiny field checkers for data/ files. Every failure names the file, the feature and the field,
// because the person fixing it is an analyst editing JSON, not a developer reading a stack trace.

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where ? `${where}: ` : ''}field "${field}" ${problem}`);
    this.name = 'DataError';
  }
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Where we are: file + feature, plus a field path that grows as we descend. */
export class Ctx {
  constructor(
    readonly file: string,
    readonly where = '',
    readonly path = '',
  ) {}

  at(key: string | number): Ctx {
    const next = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Ctx(this.file, this.where, next);
  }

  feature(where: string): Ctx {
    return new Ctx(this.file, where, '');
  }

  fail(problem: string): never {
    throw new DataError(this.file, this.where, this.path || '(root)', problem);
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, c: Ctx): Record<string, unknown> {
  if (!isRecord(v)) c.fail(`must be an object, got ${describe(v)}`);
  return v;
}

export function arr(v: unknown, c: Ctx, { min = 0 } = {}): unknown[] {
  if (!Array.isArray(v)) c.fail(`must be a list, got ${describe(v)}`);
  if (v.length < min) c.fail(`must have at least ${min} item${min === 1 ? '' : 's'}`);
  return v;
}

export function str(v: unknown, c: Ctx): string {
  if (typeof v !== 'string' || v.trim() === '') c.fail(`must be a non-empty string, got ${describe(v)}`);
  return v;
}

export function num(v: unknown, c: Ctx, { min = -Infinity, max = Infinity } = {}): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) c.fail(`must be a number, got ${describe(v)}`);
  if (v < min || v > max) c.fail(`must be between ${min} and ${max}, got ${v}`);
  return v;
}

export function bool(v: unknown, c: Ctx): boolean {
  if (typeof v !== 'boolean') c.fail(`must be true or false, got ${describe(v)}`);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], c: Ctx): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    c.fail(`must be one of ${allowed.join(', ')}, got ${describe(v)}`);
  }
  return v as T;
}

export function partialDate(v: unknown, c: Ctx): string {
  const s = str(v, c);
  if (!PARTIAL_DATE.test(s)) c.fail(`must be a date like 2024, 2024-06 or 2024-06-06, got "${s}"`);
  return s;
}

export function iso3(v: unknown, c: Ctx): string {
  const s = str(v, c);
  if (!/^[A-Z]{3}$/.test(s)) c.fail(`must be an ISO 3166 alpha-3 code such as KAZ, got "${s}"`);
  return s;
}

export function slug(v: unknown, c: Ctx): string {
  const s = str(v, c);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)) c.fail(`must be a lower-case id like "jalal-abad", got "${s}"`);
  return s;
}

export function url(v: unknown, c: Ctx): string {
  const s = str(v, c);
  if (!/^https?:\/\/[^\s]+$/.test(s)) c.fail(`must be an http(s) address, got "${s}"`);
  return s;
}

/** A bilingual field: both languages present, the Arabic one in Arabic script. */
export function text(v: unknown, c: Ctx) {
  const o = obj(v, c);
  const en = str(o.en, c.at('en'));
  const ar = str(o.ar, c.at('ar'));
  if (!ARABIC.test(ar)) c.at('ar').fail(`must be written in Arabic script, got "${ar}"`);
  return { en, ar };
}

export function optional<T>(v: unknown, c: Ctx, check: (v: unknown, c: Ctx) => T): T | undefined {
  return v === undefined ? undefined : check(v, c);
}

export function stringList(v: unknown, c: Ctx): string[] {
  return arr(v, c).map((s, i) => str(s, c.at(i)));
}

export function lonLat(v: unknown, c: Ctx): [number, number] {
  const a = arr(v, c);
  if (a.length < 2) c.fail('must be a [lon, lat] pair');
  const lon = num(a[0], c.at(0), { min: -180, max: 180 });
  const lat = num(a[1], c.at(1), { min: -90, max: 90 });
  return [lon, lat];
}

export function unique(values: string[], c: Ctx, what: string): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) c.at(i).fail(`repeats the ${what} "${v}"`);
    seen.add(v);
  });
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v === '' ? 'an empty string' : `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v === 'object' ? 'an object' : String(v);
}
