/**
 * Progress of a sync on a terminal: one line rewritten in place (periods done, messages, ETA).
 * Off the terminal nothing is drawn; the summary is printed at the end instead.
 */
import type { SyncEvents, PlannedPeriod, PeriodOutcome } from '../sync/index.js';
import { safeText } from '../query/format/safeText.js';

export function progressEvents(write: (s: string) => void, enabled: boolean, warn: (s: string) => void): SyncEvents & { done(): void } {
  let total = 0;
  let done = 0;
  let messages = 0;
  let started = Date.now();
  let list = '';
  const draw = () => {
    if (!enabled) return;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const elapsed = (Date.now() - started) / 1000;
    const eta = done > 0 && done < total ? ` ETA ${Math.ceil((elapsed / done) * (total - done))}s` : '';
    write(`\r\x1b[K${list} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} periods, +${messages} messages${eta}`);
  };
  return {
    onPlan(name: string, planned: PlannedPeriod[]) {
      list = safeText(name);
      total = planned.length;
      done = 0;
      messages = 0;
      started = Date.now();
      draw();
    },
    onPeriod(_name: string, o: PeriodOutcome) {
      done++;
      messages += o.newMessages;
      draw();
    },
    onWarn(message: string) {
      if (enabled) write('\r\x1b[K');
      warn(safeText(message)); // warnings quote server data (URLs, error texts)
      draw();
    },
    done() {
      if (enabled) write('\r\x1b[K');
    },
  };
}
