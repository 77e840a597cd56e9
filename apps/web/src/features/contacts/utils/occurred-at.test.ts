import { describe, expect, it, vi } from 'vitest';
import { localDateAndTime, toZonedIso } from './occurred-at';

describe('toZonedIso', () => {
  it('adds the offset of the local clock at that moment', () => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-60);
    expect(toZonedIso('2027-03-12', '14:30')).toBe('2027-03-12T14:30:00+01:00');
  });

  it('writes negative offsets and half hours too', () => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(210);
    expect(toZonedIso('2027-03-12', '08:05')).toBe('2027-03-12T08:05:00-03:30');
  });

  it('stands for the same instant as the local date and time', () => {
    const iso = toZonedIso('2026-07-01', '09:15')!;
    expect(new Date(iso).getTime()).toBe(new Date(2026, 6, 1, 9, 15).getTime());
  });

  it('refuses dates and times that do not exist', () => {
    expect(toZonedIso('2027-02-31', '10:00')).toBeNull();
    expect(toZonedIso('2027-03-12', '25:00')).toBeNull();
    expect(toZonedIso('', '10:00')).toBeNull();
  });
});

describe('localDateAndTime', () => {
  it('gives the input values for a moment on the local clock', () => {
    expect(localDateAndTime(new Date(2027, 2, 5, 7, 4))).toEqual({ date: '2027-03-05', time: '07:04' });
  });
});
