/**
 * The signals that ask `archive` to stop: SIGINT (Ctrl-C) and SIGTERM (kill, systemd stop). A
 * command that can stop cleanly (sync finishes the period it is storing; serve closes its server)
 * listens for the first one; after it the default action is back, so a second signal ends the
 * process at once.
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Calls `on` on the first stop signal. Returns the function that stops listening (call it when done). */
export function onStopSignal(on: (sig: NodeJS.Signals) => void): () => void {
  const handler = (sig: NodeJS.Signals) => {
    off();
    on(sig);
  };
  const off = () => {
    for (const s of STOP_SIGNALS) process.off(s, handler);
  };
  for (const s of STOP_SIGNALS) process.on(s, handler);
  return off;
}

/** Resolves on the first stop signal, with its name. */
export function stopSignal(): Promise<string> {
  return new Promise((resolve) => { onStopSignal(resolve); });
}
