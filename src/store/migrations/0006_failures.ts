/**
 * Schema version 6 (durable): failures the next runs must know about.
 *   lists.last_error / last_error_at   why the last run could not read the list itself (its
 *                                      archive table unreachable, not an archive...); cleared by
 *                                      the next run that reads it. `archive status` shows it.
 *   periods.missing                    how many runs in a row found nothing at all for the
 *                                      period (404 for its text and its date.html)
 *   periods.next_try_at                such a period is not asked for again before this time
 *                                      (ISO-8601); the interval doubles with each miss
 */
export const sql = `
ALTER TABLE lists ADD COLUMN last_error TEXT;
ALTER TABLE lists ADD COLUMN last_error_at TEXT;
ALTER TABLE periods ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE periods ADD COLUMN next_try_at TEXT;
`;
