// Whether a command line starts a process that lives for hours or weeks (the launcher gives it
// the long-lived tier-up budget: bin/phuong-print.js): `serve`, `studio`, and `build --watch`.
// Only the command word counts, the first argument that is no option ("build --out studio" is a
// build); the value of the one option given before a command, `--lang vi`, is skipped.

/** The command word of the arguments (process.argv less node and the script), or undefined. */
function commandWord(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** Whether the arguments start a long-lived process. */
function longLived(argv) {
  const command = commandWord(argv);
  if (command === 'serve' || command === 'studio') return true;
  return command === 'build' && argv.some((a) => a === '--watch' || a === '--watch=true');
}

module.exports = { commandWord, longLived };
