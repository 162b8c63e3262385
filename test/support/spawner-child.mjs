// The helper process of test/support/spawner.ts: runs each program it is sent (execFile, no
// shell) and sends back its exit, stdout and stderr. It is small, so starting a program costs it
// little; a test fork that has grown to a gigabyte pays far more for every child it starts itself.
import { execFile } from 'node:child_process';

// The fork that started it has ended (or dropped it): nothing left to run for.
process.on('disconnect', () => process.exit(0));

process.on('message', (request) => {
  const { id, cmd, args, options, encoding } = request;
  let child;
  try {
    child = execFile(cmd, args, { ...options, encoding }, (error, stdout, stderr) => {
      process.send({
        id,
        error: error
          ? { message: error.message, code: error.code, killed: error.killed, signal: error.signal }
          : null,
        stdout,
        stderr,
      });
    });
  } catch (error) {
    process.send({
      id,
      error: { message: String(error?.message ?? error) },
      stdout: '',
      stderr: '',
    });
    return;
  }
  // No interactive input: a program that reads stdin sees its end instead of waiting.
  child.stdin?.end();
});
