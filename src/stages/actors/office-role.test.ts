import { describe, expect, it } from 'vitest';
import { officeRole } from './office-role.js';

describe('officeRole', () => {
  it.each([
    ['GOVHLH', 'GOV'],
    ['GOVENV', 'GOV'],
    ['GOVMIL', 'GOVMIL'],
    ['GOVBUS', 'GOVBUS'],
    ['GOV', 'GOV'],
    ['COP', 'COP'],
    ['OPPEDU', 'OPPEDU'],
  ])('reads %s as %s', (role, expected) => {
    expect(officeRole(role)).toBe(expected);
  });
});
