/**
 * Schema version 7: drop `sync_runs`. Created by 0001 for a run log that was never written or
 * read; what a run did is printed (`archive sync --json`) and the state that matters is kept per
 * list and period (`archive status`).
 */
export const sql = `
DROP TABLE IF EXISTS sync_runs;
`;
