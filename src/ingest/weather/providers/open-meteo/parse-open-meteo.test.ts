import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToUtc, parseOpenMeteoForecast } from './parse-open-meteo.js';
import { buildOpenMeteoQuery } from './build-open-meteo-query.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve('test/fixtures/weather', name), 'utf8'));

describe('parseOpenMeteoForecast', () => {
  it('when given the real Bangkok answer (°C, km/h, mm, local time +07:00), then hours are UTC in US units', () => {
    const forecast = parseOpenMeteoForecast(fixture('openmeteo_forecast_current_hourly_bangkok_2024-12-13.json'));
    expect(forecast.hours).toHaveLength(24);
    const first = forecast.hours[0];
    // "2024-12-13T00:00" in Asia/Bangkok (UTC+7) is 17:00 UTC the day before.
    expect(first?.time.toISOString()).toBe('2024-12-12T17:00:00.000Z');
    // 28.4 °C = 83.1 °F; 3.0 km/h = 1.9 mph; direction stays in degrees.
    expect(first).toMatchObject({ temperatureF: 83.1, windSpeedMph: 1.9, windDirectionDeg: 14 });
    // Only `rain` was requested there: 0.60 mm at 12:00 local = 0.024 inch.
    expect(forecast.hours[12]?.precipitationIn).toBe(0.024);
    expect(first?.windGustMph).toBeNull();
    expect(first?.precipProbabilityPct).toBeNull();
  });

  it('when given a US-unit answer (°F, mp/h, inch, GMT), then values are kept as they are', () => {
    const forecast = parseOpenMeteoForecast(fixture('openmeteo_forecast_hourly_us_units_wrigley_SYNTHETIC.json'));
    expect(forecast.hours[0]).toMatchObject({
      temperatureF: 74.3, windSpeedMph: 9.8, windGustMph: 17.4, windDirectionDeg: 218, precipProbabilityPct: 5, precipitationIn: 0,
    });
    expect(forecast.hours[0]?.time.toISOString()).toBe('2026-07-02T17:00:00.000Z');
  });

  it('when given the real 400 refusal, then the error carries the reason', () => {
    expect(() => parseOpenMeteoForecast(fixture('openmeteo_error_400_bad_latitude.json'))).toThrow(/Latitude must be in range/);
  });

  it('when a daily-only answer arrives, then it says hourly is missing', () => {
    expect(() => parseOpenMeteoForecast(fixture('openmeteo_forecast_current_daily_samara_2026-09-15.json'))).toThrow(/hourly/);
  });

  it('names the column whose length does not match the times', () => {
    const body = { utc_offset_seconds: 0, hourly_units: { temperature_2m: '°F' }, hourly: { time: ['2026-07-02T17:00'], temperature_2m: [1, 2] } };
    expect(() => parseOpenMeteoForecast(body)).toThrow(/temperature_2m: 2 values for 1 times/);
  });

  it('rejects an unknown unit by name instead of storing a wrong number', () => {
    const body = { utc_offset_seconds: 0, hourly_units: { wind_speed_10m: 'furlong/fortnight' }, hourly: { time: ['2026-07-02T17:00'], wind_speed_10m: [3] } };
    expect(() => parseOpenMeteoForecast(body)).toThrow(/furlong/);
  });
});

describe('localToUtc', () => {
  it('applies negative offsets too', () => {
    expect(localToUtc('2026-07-02T13:10', -18000).toISOString()).toBe('2026-07-02T18:10:00.000Z');
    expect(() => localToUtc('2026-07-02 13:10', 0)).toThrow(/YYYY-MM-DDTHH:MM/);
  });
});

describe('buildOpenMeteoQuery', () => {
  it('asks for US units in GMT and caps days at 16', () => {
    const q = buildOpenMeteoQuery(41.9484, -87.6553, 40);
    expect(q).toMatchObject({ temperature_unit: 'fahrenheit', wind_speed_unit: 'mph', precipitation_unit: 'inch', timezone: 'GMT', forecast_days: '16' });
    expect(q.hourly).toContain('wind_gusts_10m');
  });
});
