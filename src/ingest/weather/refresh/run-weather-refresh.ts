import type { Config } from '../../../config.js';
import type { Db } from '../../../core/db.js';
import type { Logger } from '../../../core/logger.js';
import { createNwsClient } from '../providers/nws/fetch-nws-forecast.js';
import { createOpenMeteoClient } from '../providers/open-meteo/fetch-open-meteo-forecast.js';
import { refreshForecasts, type RefreshOptions, type RefreshSummary } from './refresh-forecasts.js';

/** Builds the provider clients from the configuration and runs one refresh cycle. */
export async function runWeatherRefresh(
  ctx: { db: Db; config: Config; logger: Logger; now?: Date },
  options: RefreshOptions = {},
): Promise<RefreshSummary> {
  const clients = {
    nws: createNwsClient(ctx.config.NWS_API_URL, ctx.config.NWS_USER_AGENT),
    openMeteo: createOpenMeteoClient(ctx.config.OPEN_METEO_API_URL),
  };
  return refreshForecasts({ db: ctx.db, clients, logger: ctx.logger, now: ctx.now }, options);
}
