/**
 * CLI: option values checked as yargs reads them (its `coerce` hook; what it throws reaches main
 * as a YError with the same message). A bad value stops the command before it starts — exit code
 * 2, one line that names the option, the value given and what is accepted — instead of a build
 * that silently makes nothing (`--size a5`, `--jobs abc`).
 *
 * Each function returns the coerce function for one option. Numbers are read from the text the
 * user typed (main turns yargs' number parsing off), so the options that use them must not set
 * `type: 'number'` (yargs would turn "abc" into NaN before we see it).
 */
import { isUserError } from '../errors.js';
import { type Message, msg } from '../messages/message.js';
import { normalizeBaseUrl } from '../serve/links.js';
import { nearest } from './suggest.js';
import { givenMoreThanOnceError, UsageError } from './usage.js';

type Coerce<T> = (value: unknown) => T;

/** The value given once; an option given twice is a mistake rather than "the last one wins". */
function single(option: string, value: unknown, accepted: Message): unknown {
  if (Array.isArray(value)) {
    throw givenMoreThanOnceError(option, value);
  }
  // A flag with nothing after it: yargs reads `--jobs` alone as true.
  if (value === true || value === false || value === '') {
    throw new UsageError(msg`--${option} needs a value: ${accepted}`);
  }
  return value;
}

function refuse(option: string, value: unknown, accepted: Message): UsageError {
  return new UsageError(msg`--${option}: "${String(value)}" is not ${accepted}`);
}

/** A whole number from `min` (to `max`), e.g. --jobs (≥ 1) and --port (0–65535). */
export function wholeNumber(option: string, min: number, max?: number): Coerce<number> {
  const accepted =
    max === undefined
      ? msg`a whole number from ${min} up`
      : msg`a whole number from ${min} to ${max}`;
  return (value) => {
    const text = String(single(option, value, accepted)).trim();
    const n = Number(text);
    if (!/^[+-]?\d+$/.test(text) || n < min || (max !== undefined && n > max)) {
      throw refuse(option, value, accepted);
    }
    return n;
  };
}

/** A number (fractions too) from `min` up, e.g. --cache-mb. */
export function numberFrom(option: string, min: number): Coerce<number> {
  const accepted = msg`a number from ${min} up`;
  return (value) => {
    const text = String(single(option, value, accepted)).trim();
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n < min) throw refuse(option, value, accepted);
    return n;
  };
}

/** The values a list option accepts, in the order to show them. */
function oneOfText(accepted: readonly string[]): Message {
  return msg`one of ${accepted.join(', ')}`;
}

function checkChoice(option: string, value: string, accepted: readonly string[]): string {
  if (accepted.includes(value)) return value;
  // "A3", "Notice": paper sizes are written in capitals, and the case says nothing else here
  // (qa11 Q6: the refusal itself named the value meant).
  const folded = accepted.find((a) => a.toLowerCase() === value.toLowerCase());
  if (folded !== undefined) return folded;
  const guess = nearest(value, accepted);
  throw new UsageError(
    guess
      ? msg`--${option}: "${value}" is not ${oneOfText(accepted)} (did you mean "${guess}"?)`
      : msg`--${option}: "${value}" is not ${oneOfText(accepted)}`,
  );
}

/** One of a fixed set of words. */
export function choice(option: string, accepted: readonly string[]): Coerce<string> {
  return (value) =>
    checkChoice(option, String(single(option, value, oneOfText(accepted))).trim(), accepted);
}

/**
 * The items of a list option, repeated or comma-separated, trimmed. `--kind` with nothing after
 * it (or only commas) is a mistake, not "all".
 */
function listItems(option: string, value: unknown, accepted: Message): string[] {
  const given = ([] as unknown[]).concat(value);
  const items = given
    .filter((v) => typeof v !== 'boolean')
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (items.length === 0 || given.some((v) => typeof v === 'boolean' || v === '')) {
    throw new UsageError(msg`--${option} needs a value: ${accepted}`);
  }
  return items;
}

/**
 * A list option, repeated or comma-separated (`--kind notice,poster --kind flyer`): each item one
 * of `accepted`. The items come back split, trimmed, without empty ones.
 */
export function choiceList(option: string, accepted: readonly string[]): Coerce<string[]> {
  return (value) =>
    listItems(option, value, oneOfText(accepted)).map((v) => checkChoice(option, v, accepted));
}

/** Free text split like a list option (`--group 5,6 --group 7`), e.g. ids only the input knows. */
export function textList(option: string, what: Message): Coerce<string[]> {
  return (value) => listItems(option, value, what);
}

/**
 * A value another module parses: whatever `parse` throws for bad text becomes the usage error,
 * worded with `accepted`. E.g. --shard with output/shard.ts's parseShard.
 */
export function parsed<T>(
  option: string,
  accepted: Message,
  parse: (text: string) => T,
): Coerce<T> {
  return (value) => {
    const given = String(single(option, value, accepted));
    try {
      return parse(given);
    } catch (e) {
      if (!isUserError(e)) throw e;
      throw refuse(option, given, accepted);
    }
  };
}

/** --base-url: where the pages are published, for links and QR codes. */
export const baseUrl = parsed('base-url', msg`an http:// or https:// address`, normalizeBaseUrl);
