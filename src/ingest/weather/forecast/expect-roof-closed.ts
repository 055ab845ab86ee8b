/**
 * Whether a retractable roof is likely closed for a game, from its window's forecast. Clubs announce the roof only
 * hours before the game, so until then we go by what they do: close it for rain, for cold (Milwaukee, Toronto,
 * Seattle's open-air canopy aside) and for heat (Houston, Arizona, Miami, Texas keep it shut in summer).
 * A closed roof takes wind and rain out of the game, as a dome does.
 */
export const ROOF_CLOSED_RAIN_CHANCE_PCT = 40;
export const ROOF_CLOSED_BELOW_F = 60;
export const ROOF_CLOSED_FROM_F = 85;

export interface RoofWeather {
  precipProbabilityMaxPct: number | null;
  temperatureMinF: number | null;
  temperatureMaxF: number | null;
}

export function expectRoofClosed(w: RoofWeather): boolean {
  return (w.precipProbabilityMaxPct ?? 0) >= ROOF_CLOSED_RAIN_CHANCE_PCT
    || (w.temperatureMinF !== null && w.temperatureMinF < ROOF_CLOSED_BELOW_F)
    || (w.temperatureMaxF !== null && w.temperatureMaxF >= ROOF_CLOSED_FROM_F);
}
