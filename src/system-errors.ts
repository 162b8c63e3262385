/**
 * Node's system errors worded for the user. What the machine refused (a port in use, a folder
 * that cannot be written, a full disk) is not a bug: the CLI prints it as a UserError — one
 * sentence naming the path or port, and what to do — with exit code 1 and no stack trace.
 */
import { UserError } from './errors.js';
import { type Message, msg } from './messages/message.js';

/**
 * The UserError for a system error, or undefined for anything else (a bug). Node's errors carry
 * `code`, `syscall`, `path` and `port`; an error that crossed from a worker thread keeps only its
 * message (`EACCES: permission denied, open '/x/y.pdf'`), so the code and path are read from it.
 */
export function systemErrorOf(e: unknown): UserError | undefined {
  if (!(e instanceof Error)) return undefined;
  const err = e as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  const fromMessage = /^(E[A-Z_]+): [^,]*(?:, (\w+)(?: '([^']*)')?)?/.exec(err.message);
  const code = err.code ?? fromMessage?.[1];
  const path = err.path ?? fromMessage?.[3];
  const syscall = err.syscall ?? fromMessage?.[2];
  const wordOf = SYSTEM_ERRORS[code ?? ''];
  if (!wordOf) return undefined;
  const worded = wordOf({ path, syscall, address: err.address ?? err.hostname, port: err.port });
  // A path too long to print whole (qa38 M2: 300 letters) is named shortened.
  const named = path && code === 'ENAMETOOLONG' ? shortened(path) : path;
  return worded && new UserError(worded.message, named ? { file: named } : {}, worded.hint);
}

/** The longest name a folder or file may have on Linux's and Windows' disks, in bytes. */
const NAME_MAX = 255;

const LONG_NAME = 40;

/** `path` with each name longer than LONG_NAME characters cut to its start and "…". */
function shortened(path: string): string {
  const cut = path
    .split(/(?<=[/\\])/)
    .map((name) => ([...name].length > LONG_NAME ? `${[...name].slice(0, 24).join('')}…` : name))
    .join('');
  return cut.length > 160 ? `${cut.slice(0, 80)}…${cut.slice(-40)}` : cut;
}

/**
 * A name in the path longer than the disk allows (`NAME_MAX` bytes, UTF-8: a Vietnamese letter
 * with its marks takes 2 or 3), or the whole path longer than the system allows.
 */
function tooLong(f: SystemErrorFacts): Worded {
  const names = (f.path ?? '').split(/[/\\]/);
  const longest = names.reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a), '');
  if (Buffer.byteLength(longest) > NAME_MAX) {
    return {
      message: msg`a folder or file name in this path is too long (${[...longest].length} characters)`,
      hint: msg`Give a shorter name: a name may have at most ${NAME_MAX} bytes (about 100 letters with Vietnamese marks).`,
    };
  }
  return {
    message: msg`this path is too long (${[...(f.path ?? '')].length} characters)`,
    hint: msg`Choose a folder with a shorter path, nearer the top of the disk.`,
  };
}

interface SystemErrorFacts {
  path?: string;
  syscall?: string;
  address?: string;
  port?: number;
}

type Worded = { message: Message; hint: Message } | undefined;

const OUT_HINT = msg`Choose an output folder this user can write to (--out), or fix its permissions; on Windows, also close a program that has the file open.`;
const SPACE_HINT = msg`Free some space, or choose an output folder on another disk (--out).`;
const HOST_HINT = msg`Give --host an address of this machine, e.g. 127.0.0.1 or 0.0.0.0 (every address).`;
const IN_THE_WAY_HINT = msg`A file stands where the output needs a folder (or the other way round): choose another --out, or move it away.`;

function listenFailure(f: SystemErrorFacts, problem: Message, hint: Message): Worded {
  const address = f.address ?? msg`the address`;
  const where = f.port !== undefined ? msg`${address} port ${f.port}` : address;
  return { message: msg`cannot listen on ${where}: ${problem}`, hint };
}

const SYSTEM_ERRORS: Record<string, (f: SystemErrorFacts) => Worded> = {
  EADDRINUSE: (f) =>
    listenFailure(
      f,
      msg`another program is already using it`,
      msg`Stop the other server (or an earlier phuong-print serve), or choose another --port.`,
    ),
  EADDRNOTAVAIL: (f) => listenFailure(f, msg`the address is not one of this machine’s`, HOST_HINT),
  ENOTFOUND: (f) => unknownHost(f),
  EAI_AGAIN: (f) => unknownHost(f),
  EACCES: (f) => denied(f),
  EPERM: (f) => denied(f),
  EROFS: () => ({
    message: msg`the disk is read-only`,
    hint: msg`Choose an output folder on a disk that can be written (--out).`,
  }),
  ENOTDIR: () => ({
    message: msg`a part of the path is a file, not a folder`,
    hint: IN_THE_WAY_HINT,
  }),
  EEXIST: (f) =>
    f.syscall === 'mkdir'
      ? { message: msg`a file stands where a folder should be made`, hint: IN_THE_WAY_HINT }
      : undefined,
  // makeFolder (output/make-folder.ts) makes the missing parents first: a folder that still
  // cannot be made is one the file system refuses (procfs, a dangling link's target).
  ENOENT: (f) =>
    f.syscall === 'mkdir'
      ? {
          message: msg`the folder cannot be made there: the file system does not allow it`,
          hint: OUT_HINT,
        }
      : undefined,
  ENAMETOOLONG: (f) => tooLong(f),
  EISDIR: () => ({ message: msg`a folder stands where a file should be`, hint: IN_THE_WAY_HINT }),
  EBUSY: () => ({
    message: msg`the file is in use by another program`,
    hint: msg`Close it (a PDF viewer or Excel may hold it open) and run the command again.`,
  }),
  ENOSPC: () => ({ message: msg`the disk is full`, hint: SPACE_HINT }),
  EDQUOT: () => ({ message: msg`the user's disk quota is used up`, hint: SPACE_HINT }),
  EMFILE: () => ({
    message: msg`too many files are open at once`,
    hint: msg`Raise the limit (ulimit -n 4096) or build with fewer --jobs.`,
  }),
};

function unknownHost(f: SystemErrorFacts): Worded {
  return listenFailure(f, msg`no such host name`, HOST_HINT);
}

function denied(f: SystemErrorFacts): Worded {
  if (f.syscall === 'listen' || f.syscall === 'bind') {
    return listenFailure(
      f,
      msg`permission denied`,
      msg`Ports below 1024 need administrator rights: choose --port 8080 or another above 1023.`,
    );
  }
  // Replacing a file is refused: on Windows, a program holds it open (the office's PDF viewer
  // on the print file, a virus scan); elsewhere, a file or folder that may not be changed.
  if (f.syscall === 'rename') {
    return {
      message: msg`the file cannot be replaced: another program holds it open, or it may not be changed`,
      hint: msg`Close the file in the program that has it open (a PDF viewer, Excel) and run the command again; if none has, make the file and its folder writable.`,
    };
  }
  // Removing a file is refused (a copy kept before an upgrade, Cài đặt "Xoá bản sao cũ"): said
  // as the computer's, not the server's, for the CLI on an office PC says it too.
  if (f.syscall === 'unlink') {
    return {
      message: msg`the computer does not allow removing this file (the account running the program may not remove it, or the file is read-only)`,
      hint: msg`Ask the computer's administrator to remove it by hand or to allow removing it.`,
    };
  }
  return { message: msg`permission denied`, hint: OUT_HINT };
}
