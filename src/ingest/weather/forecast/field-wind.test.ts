import { describe, expect, it } from 'vitest';
import { describeFieldWind } from './field-wind.js';
import { compassToDegrees } from './compass.js';

describe('describeFieldWind', () => {
  // Wrigley Field: home plate → center field points 37° (NNE), per the weathermlb venue table.
  const wrigley = 37;

  it('when a SW wind blows at Wrigley (toward NE, along home→CF), then it is blowing out to CF', () => {
    const wind = describeFieldWind(225, 15, wrigley);
    expect(wind.relation).toBe('out');
    expect(wind.label).toBe('out to CF');
    expect(wind.outMph).toBeGreaterThan(14);
    expect(Math.abs(wind.crossMph)).toBeLessThan(4);
  });

  it('when a NE wind blows at Wrigley (off the lake, toward home plate), then it is blowing in', () => {
    const wind = describeFieldWind(45, 12, wrigley);
    expect(wind.relation).toBe('in');
    expect(wind.outMph).toBeLessThan(-11);
    expect(wind.label).toBe('in from CF');
  });

  it('when the wind travels clockwise of the CF line, then it blows left to right', () => {
    // Field faces north (bearing 0); a west wind travels east = toward the right-field side.
    const wind = describeFieldWind(270, 10, 0);
    expect(wind.relation).toBe('left-to-right');
    expect(wind.crossMph).toBe(10);
    expect(wind.outMph).toBe(0);
  });

  it('when the wind travels counter-clockwise of the CF line, then it blows right to left', () => {
    expect(describeFieldWind(90, 10, 0).relation).toBe('right-to-left');
  });

  it('when the wind is 30° right of straight out, then it is out to RF', () => {
    // Bearing 0; travel toward 30° means FROM 210°.
    expect(describeFieldWind(210, 10, 0).label).toBe('out to RF');
    expect(describeFieldWind(150, 10, 0).label).toBe('out to LF');
  });

  it('when the wind enters over left field, then it is in from LF', () => {
    // Bearing 0; from 330° (NNW-ish) travels toward 150°, i.e. enters over the LF side toward home.
    expect(describeFieldWind(330, 10, 0).label).toBe('in from LF');
    expect(describeFieldWind(30, 10, 0).label).toBe('in from RF');
  });

  it('when the wind is calm or direction unknown, then it is calm', () => {
    expect(describeFieldWind(null, 10, 0).relation).toBe('calm');
    expect(describeFieldWind(200, 0, 0).relation).toBe('calm');
  });
});

describe('compass', () => {
  it('maps NWS 16-point directions to degrees', () => {
    expect(compassToDegrees('SW')).toBe(225);
    expect(compassToDegrees('NNE')).toBe(22.5);
    expect(compassToDegrees('')).toBeNull();
  });

  it('rejects an unknown direction by name', () => {
    expect(() => compassToDegrees('Variable')).toThrow(/Variable/);
  });
});
