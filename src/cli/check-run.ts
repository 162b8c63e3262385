/**
 * The work of `check` (cli/check.ts holds its options): load the inputs as the build does, print
 * every problem, draw the trial groups in memory. A module of its own so that a refused option or
 * `check --help` does not load the kinds' layouts, pdfkit and fontkit (cli/check.ts).
 */ import { isUserError, problemsOf, rowOf, UserError, warningsAlong } from '../errors.js';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind, KINDS, kindNames } from '../kinds/registry.js';
import { expandOutputs, outputFileName } from '../kinds/render.js';
import { isPlaceholderWarning, ownPlaceholderRefusals } from '../load/campaign-checks.js';
import { sameNamesOf } from '../load/groups/same-names.js';
import type { Group } from '../load/types.js';
import { msg } from '../messages/message.js';
import { type BuildInputs, loadBuildInputs, renderOptionsFrom } from '../output/inputs.js';
import { prepareSigning, unsignedImages } from '../output/signing.js';
import { unprintedPictures } from '../output/skipped-kinds.js';
import { unprintedFieldsOf } from '../output/unprinted-fields.js';
import { wardTime } from '../ward-time.js';
import { setCliTerm, t } from './language.js';
import { printProblem } from './print-error.js';
import { type SigningArgs, signRequest } from './signing-options.js';
import { wardTermOf } from './ward-term.js';

export interface CheckArgs extends SigningArgs {
  campaign: string;
  groups: string;
  rosters?: string;
  kind?: string[];
  templates?: string;
}

function selectKinds(names: readonly string[]): DocumentKind[] {
  if (names.length === 0 || names.includes('all')) return [...KINDS];
  return names.map((n) => {
    const kind = findKind(n);
    if (!kind) {
      throw new UserError(
        msg`unknown document kind "${n}"`,
        { field: '--kind' },
        msg`Known kinds: ${kindNames().join(', ')}.`,
      );
    }
    return kind;
  });
}

/** The groups worth a trial render: the first, and the one with the most text to fit. */
function trialGroups(groups: readonly Group[]): Group[] {
  const size = (g: Group) => [g.name, g.leader, g.venue].join('').length;
  const first = groups[0];
  if (!first) return [];
  const longest = groups.reduce((a, b) => (size(b) > size(a) ? b : a), first);
  return longest === first ? [first] : [first, longest];
}

/** Draws the trial groups' documents in memory (drawOutput); the problems found, per group. */
async function trialRender(
  inputs: BuildInputs,
  kinds: readonly DocumentKind[],
): Promise<UserError[]> {
  const problems: UserError[] = [];
  // The renderer (pdfkit) loads only when the inputs are good enough to draw.
  const { drawOutput } = await import('../render/output.js');
  for (const group of trialGroups(inputs.groups)) {
    for (const o of expandOutputs(kinds)) {
      try {
        // The templates as its inputs read them, as a build draws them (not the disk's file now).
        await drawOutput(o.kind, inputs.contextOf(group), {
          ...renderOptionsFrom(inputs),
          variant: o.variant,
        });
      } catch (e) {
        if (!isUserError(e)) throw e;
        const at = msg`group ${group.id} (${group.source.file}, ${rowOf(group.source)}), ${outputFileName(o)}`;
        problems.push(new UserError(msg`${at}: ${e.text}`, e.where, e.hintText));
      }
    }
  }
  return problems;
}

/** Whether the certificate can sign at the signing time; prints what it found. */
async function checkCertificate(args: CheckArgs, inputs: BuildInputs): Promise<boolean> {
  try {
    const request = await signRequest(args);
    if (!request) return true;
    const { identity, spec, warning } = await prepareSigning(request, inputs.campaign);
    if (warning) printProblem('warning', warning);
    // Said in the ward's time, as the visible signature says it (qa: UTC read as a wrong hour).
    const at = wardTime(new Date(spec.signedAt));
    process.stdout.write(
      `${t(msg`ok: certificate of "${identity.name}" can sign at ${at} (valid ${wardTime(identity.notBefore)} to ${wardTime(identity.notAfter)}, Viet Nam time, UTC+7)`)}\n`,
    );
    return true;
  } catch (e) {
    if (!isUserError(e)) throw e;
    printProblem('error', e);
    return false;
  }
}

/**
 * Runs the check; whether a build would succeed. `today` (YYYY-MM-DD, the ward's day: the run's
 * clock) is the day a deadline already over is judged by.
 */
export async function check(args: CheckArgs, today: string): Promise<boolean> {
  const kinds = selectKinds((args.kind ?? []).flatMap((k) => k.split(',')).map((k) => k.trim()));
  let inputs: BuildInputs;
  try {
    inputs = await loadBuildInputs(
      {
        campaign: args.campaign,
        groups: args.groups,
        rosters: args.rosters,
        templateDir: args.templates,
      },
      kinds,
      { today },
    );
  } catch (e) {
    if (!isUserError(e)) throw e;
    setCliTerm(await wardTermOf(args.campaign, args.groups));
    for (const p of problemsOf(e)) printProblem('error', p);
    for (const w of warningsAlong(e)) printProblem('warning', w);
    return false;
  }
  // From here on the messages name the groups in the ward's own word ("khu phố", "thôn"…).
  setCliTerm(inputs.term);
  // The tool's own placeholders ("(phòng phụ trách)"): build and serve refuse them (qa7 E2).
  const refused = ownPlaceholderRefusals(inputs.warnings);
  const unused = unsignedImages(inputs.campaign, args.campaign, args.sign !== undefined, kinds);
  const pictures = unprintedPictures(inputs.campaign, args.campaign, KINDS, inputs.nothingToPrint);
  const warnings = inputs.warnings.filter(
    (w) => !refused.some((r) => r.where.field === w.where.field && isPlaceholderWarning(w)),
  );
  const unprinted = unprintedFieldsOf(inputs, args.campaign);
  for (const w of [...warnings, unused, ...pictures, ...unprinted])
    if (w) printProblem('warning', w);
  // What the office looks at its inputs for, nothing to fix: said here, not by every build.
  if (inputs.notesColumns.length > 0) {
    const columns = inputs.notesColumns.map((h) => `“${h}”`).join(', ');
    printProblem(
      'info',
      new UserError(
        msg`column ${columns}: the office's own notes, kept in the file and not printed`,
        {
          file: args.groups,
        },
      ),
    );
  }
  // The residents list's notes ("Ghi chú": "Có người già, cần hỗ trợ"), as the groups file's.
  if (inputs.rosterNotesColumns.length > 0 && args.rosters) {
    const columns = inputs.rosterNotesColumns.map((h) => `“${h}”`).join(', ');
    printProblem(
      'info',
      new UserError(
        msg`column ${columns}: the office's own notes, kept in the file and not printed`,
        { file: args.rosters },
      ),
    );
  }
  for (const e of refused) printProblem('error', e);
  // The certificate first: a build would stop on it before anything else.
  if (!(await checkCertificate(args, inputs))) {
    process.stderr.write(`${t(msg`check failed: the certificate cannot sign`)}\n`);
    return false;
  }
  // Every problem of a bad row, each at its column (a row may have several).
  for (const f of inputs.failures)
    for (const p of problemsOf(f.error)) printProblem('error', p, f.id || undefined);
  const rendered = await trialRender(inputs, inputs.kinds);
  for (const p of rendered) printProblem('error', p);
  const total = inputs.groups.length + inputs.failures.length;
  if (inputs.failures.length > 0 || rendered.length > 0) {
    const failed = inputs.failures.length;
    process.stderr.write(
      `${t(
        // "0 of 5 groups cannot be built" beside failed documents read as all clear (qa20): the
        // trial draws a few groups only, and the build fails those and any group alike.
        failed === 0
          ? msg`check failed: ${rendered.length} document(s) cannot be drawn for the groups tried (the first, and the one with the most text); the build fails them, and any other group alike`
          : rendered.length
            ? msg`check failed: ${failed} of ${total} groups cannot be built, ${rendered.length} document(s) failed to render`
            : msg`check failed: ${failed} of ${total} groups cannot be built`,
      )}\n`,
    );
    return false;
  }
  if (refused.length > 0) {
    process.stderr.write(
      `${t(msg`check failed: ${refused.length} field(s) still hold a value to fill in`)}\n`,
    );
    return false;
  }
  // Groups whose papers would read alike but for their id (qa44 C1): not "ok", though a build
  // makes them — the office decides whether to tell them apart in the file.
  const same = inputs.warnings.flatMap((w) => sameNamesOf(w) ?? []);
  if (same.length > 0) {
    const groups = same.reduce((n, s) => n + s.groups.length, 0);
    const names = same.slice(0, 3).map((s) => `“${s.name}”`);
    const shown = same.length > 3 ? `${names.join(', ')}, …` : names.join(', ');
    process.stdout.write(
      `${t(msg`to look at: ${total} groups, ${inputs.kinds.length} kinds; ${groups} groups share ${same.length} names with nothing telling them apart (${shown}): each is printed with its id; see the warnings "share the name" above`)}\n`,
    );
    return true;
  }
  process.stdout.write(`${t(msg`ok: ${total} groups, ${inputs.kinds.length} kinds`)}\n`);
  return true;
}
