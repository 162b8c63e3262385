/**
 * CLI: how a server command (`serve`, `studio`) ends — it runs until Ctrl-C or SIGTERM, then
 * closes its server (requests in flight finish) and returns; a failed close still returns.
 */
export function closeOnSignal(
  server: { close(): Promise<unknown> },
  /** Said once the signal came, before the close (qa45 F2: the console said nothing meanwhile). */
  stopping?: () => void,
  /**
   * Where the signals come from: the process. A test hands its own emitter: a signal emitted on
   * the test's process would also reach other listeners there (signal-exit's, loaded by a
   * dependency, re-raises it once it is the last listener, and the test runner's fork died).
   */
  signals: NodeJS.EventEmitter = process,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      stopping?.();
      server.close().then(
        () => resolve(),
        () => resolve(),
      );
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
}
