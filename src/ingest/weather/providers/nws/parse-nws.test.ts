import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNwsPointsPath, parseNwsPoints } from './parse-nws-points.js';
import { parseNwsHourly } from './parse-nws-hourly.js';
import { parseNwsWindSpeed } from './parse-nws-wind.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve('test/fixtures/weather', name), 'utf8'));

describe('parseNwsPoints', () => {
  it('when given the real Angel Stadium points answer, then it returns the grid and the hourly path', () => {
    const point = parseNwsPoints(fixture('nws_points_angel_stadium_33.80,-117.88_2026-07-02.json'));
    expect(point).toEqual({
      gridId: 'SGX', gridX: 38, gridY: 66,
      forecastHourlyPath: '/gridpoints/SGX/38,66/forecast/hourly',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('rounds coordinates to the 4 decimals NWS accepts', () => {
    expect(buildNwsPointsPath(33.80019044, -117.8823996)).toBe('/points/33.8002,-117.8824');
  });

  it('names the missing field when the answer is not a points feature', () => {
    expect(() => parseNwsPoints({ properties: { gridId: 'SGX' } })).toThrow(/gridX/);
  });
});

describe('parseNwsHourly', () => {
  const forecast = parseNwsHourly(fixture('nws_gridpoints_forecast_hourly_angel_stadium_2026-07-02.json'));

  it('when given the real hourly forecast, then every period becomes one UTC hour', () => {
    expect(forecast.provider).toBe('nws');
    expect(forecast.hours).toHaveLength(156);
    // "2026-07-02T05:00:00-07:00" is 12:00 UTC.
    expect(forecast.hours[0]?.time.toISOString()).toBe('2026-07-02T12:00:00.000Z');
    expect(forecast.hours[155]?.time.toISOString()).toBe('2026-07-08T23:00:00.000Z');
    expect(forecast.generatedAt?.toISOString()).toBe('2026-07-02T12:15:14.000Z');
  });

  it('keeps °F temperatures, parses "10 mph" strings and compass directions', () => {
    const first = forecast.hours[0];
    expect(first).toMatchObject({ temperatureF: 64, windSpeedMph: 0, windDirectionDeg: null, precipProbabilityPct: 0 });
    const windy = forecast.hours.find((h) => h.windSpeedMph === 10);
    expect(windy).toBeDefined();
    expect(windy?.windDirectionDeg).not.toBeNull();
    expect(forecast.hours.every((h) => h.precipitationIn === null && h.windGustMph === null)).toBe(true);
  });

  it('parses the 12-hour forecast ("0 to 10 mph" ranges keep the upper end)', () => {
    const twelve = parseNwsHourly(fixture('nws_gridpoints_forecast_12h_angel_stadium_2026-07-02.json'));
    expect(twelve.hours).toHaveLength(14);
    expect(twelve.hours.map((h) => h.windSpeedMph)).toContain(10);
  });

  it('converts quantitative values (°C, km/h) and gust strings', () => {
    const body = {
      properties: {
        periods: [{
          startTime: '2026-10-04T13:00:00-04:00',
          temperature: { unitCode: 'wmoUnit:degC', value: 10 },
          windSpeed: { unitCode: 'wmoUnit:km_h-1', value: 32.18688 },
          windGust: '25 mph',
          windDirection: 'NW',
          probabilityOfPrecipitation: { unitCode: 'wmoUnit:percent', value: 40 },
        }],
      },
    };
    expect(parseNwsHourly(body).hours[0]).toMatchObject({
      temperatureF: 50, windSpeedMph: 20, windGustMph: 25, windDirectionDeg: 315, precipProbabilityPct: 40,
    });
    expect(parseNwsHourly(body).hours[0]?.time.toISOString()).toBe('2026-10-04T17:00:00.000Z');
  });

  it('names the period and field when a period is malformed', () => {
    const body = { properties: { periods: [{ startTime: '2026-10-04T13:00:00', temperature: 50, windSpeed: '5 mph', windDirection: 'N' }] } };
    expect(() => parseNwsHourly(body)).toThrow(/period 1: startTime/);
  });
});

describe('parseNwsWindSpeed', () => {
  it('reads single values, ranges, km/h and calm', () => {
    expect(parseNwsWindSpeed('10 mph')).toBe(10);
    expect(parseNwsWindSpeed('5 to 10 mph')).toBe(10);
    expect(parseNwsWindSpeed('16 km/h')).toBe(9.9);
    expect(parseNwsWindSpeed('Calm')).toBe(0);
    expect(() => parseNwsWindSpeed('breezy')).toThrow(/breezy/);
  });
});
