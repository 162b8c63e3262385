/**
 * CLI: how a server command (`serve`, `studio`) ends — it runs until Ctrl-C or SIGTERM, then
 * closes its server (requests in flight finish) and returns; a failed close still returns.
 */
export function closeOnSignal(
  server: { close(): Promise<unknown> },
  /** Said once the signal came, before the close (qa45 F2: the console said nothing meanwhile). */
  stopping?: () => void,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopping?.();
      server.close().then(
        () => resolve(),
        () => resolve(),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
