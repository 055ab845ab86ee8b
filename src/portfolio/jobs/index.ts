/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { runPortfolioJob } from './run-portfolio-job.js';

export const portfolioJobs = [runPortfolioJob] as const;
