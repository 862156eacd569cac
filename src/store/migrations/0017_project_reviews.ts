/**
 * Schema version 17 (derived, rebuilt by `archive reindex`): per project group, the reviews and
 * bugs its reports mention, in the order `archive reviews` lists them, each with its last month
 * (src/index/projectReviews.ts). `archive reviews --project NSR` shows the 50 mentioned most
 * recently and counts the rest: at a million messages it read every mention of the project's
 * reviews (8,321 refs of 1,920 reports, ~490 ms whole process; issue 12.3 asks < 300 ms), and
 * with this list it reads those 50 lifecycles.
 *
 * Kept by the index with the group's other rows (src/index/projectRollup.ts). A group without a
 * row here (a database made before this version, until its group is next computed or the
 * database reindexed) is answered as before, from the refs.
 */
export const sql = `
CREATE TABLE project_reviews (
  group_key       TEXT PRIMARY KEY,
  reviews         TEXT NOT NULL              -- JSON: [[ref_key, kind, system, last month], ...] in listing order
);
`;
