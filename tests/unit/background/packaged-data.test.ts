import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazily, PACKAGED_DATA } from '../../../utils/background/packaged-data';
import { checkBundledRegistry } from '../../../utils/registry/bundled-check';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { checkOpdList } from '../../../utils/registry/opd-list-schema';
import { opdList } from '../../../utils/registry/opd-list';
import { checkBundledUnitPlan } from '../../../utils/units/bundled-plan-check';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';

const root = resolve(__dirname, '../../..');

describe('lazily', () => {
  it('loads once, on the first call, and every caller shares that load', async () => {
    let loads = 0;
    const value = lazily(async () => ++loads);
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([value(), value()]);
    expect([a, b, await value()]).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load: the next call tries again', async () => {
    let loads = 0;
    const value = lazily(async () => {
      loads += 1;
      if (loads === 1) throw new Error('busy');
      return 'read';
    });
    await expect(value()).rejects.toThrow('busy');
    await expect(value()).resolves.toBe('read');
    expect(loads).toBe(2);
  });
});

describe('the packaged data files', () => {
  it('are the files the registry and unit plan builds write, and they pass the checks the worker runs', () => {
    for (const file of Object.values(PACKAGED_DATA)) expect(existsSync(resolve(root, file.source)), file.source).toBe(true);
    const json = (source: string) => JSON.parse(readFileSync(resolve(root, source), 'utf8')) as unknown;
    expect(checkBundledRegistry(json(PACKAGED_DATA.registry.source))).toEqual(BUNDLED_REGISTRY);
    expect(checkBundledUnitPlan(json(PACKAGED_DATA.unitPlan.source))).toEqual(BUNDLED_UNIT_PLAN);
    expect(checkOpdList(json(PACKAGED_DATA.opdList.source))).toEqual(opdList());
  });

  it('refuse a broken file loudly instead of starting with an empty registry or plan', () => {
    expect(() => checkBundledRegistry({ format: 'pantau.registry', entries: 'none' })).toThrow(/bundled app registry is invalid/);
    expect(() => checkBundledUnitPlan({ format: 'pantau.unit-plan' })).toThrow(/bundled unit plan is invalid/);
    expect(() => checkOpdList({ format: 'pantau.opd-list', from: 'opd.csv', units: [] })).toThrow();
  });
});
