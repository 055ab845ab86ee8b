/** The slate-day portfolio flow: entries → pool → portfolio per contest by simulated ROI → filled entries file. */
export { runPortfolio, type RunPortfolioInput, type RunPortfolioResult, type PortfolioContestReport } from './run-portfolio.js';
export { loadFilesSlate, type FilesSlateInput } from './load-files-slate.js';
export type { PortfolioSlate } from './portfolio-slate.js';
export { groupEntriesByContest, parseEntryFee, type EntriesContest } from './entries-contests.js';
export { loadDbSlate, type DbSlateInput } from './load-db-slate.js';
export { importEntries, type ImportEntriesInput, type ImportEntriesResult } from './data/import-entries.js';
export { runStoredPortfolioRun, PortfolioParamsSchema, LateSwapParamsSchema, type PortfolioParams } from './data/run-stored.js';
export { loadStoredContests, type StoredContest } from './data/stored-entries.js';
export { storedEntriesCsv } from './entries-csv.js';
