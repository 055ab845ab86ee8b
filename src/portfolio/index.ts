/** The slate-day portfolio flow: entries → pool → portfolio per contest by simulated ROI → filled entries file. */
export { runPortfolio, type RunPortfolioResult } from './run-portfolio.js';
export { loadFilesSlate } from './load-files-slate.js';
export type { PortfolioSlate } from './portfolio-slate.js';
export { loadDbSlate } from './load-db-slate.js';
export { importEntries } from './data/import-entries.js';
export { PortfolioParamsSchema, LateSwapParamsSchema } from './data/run-stored.js';
export { loadStoredContests } from './data/stored-entries.js';
export { storedEntriesCsv } from './entries-csv.js';
