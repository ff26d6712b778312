import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES, requestSchemas } from '../../../utils/messaging/protocol';
import { onlyKnownFields, REQUEST_FIELDS, type FieldShape } from '../../../utils/messaging/request-fields';

/** The fields a schema names: an object schema's own fields (nested objects alike), else `true`. */
function shapeOf(schema: unknown): FieldShape {
  const object = schema as { _zod: { def: { type: string } }; shape?: Record<string, unknown> };
  if (object._zod.def.type !== 'object' || object.shape === undefined) return true;
  return Object.fromEntries(Object.entries(object.shape).map(([key, field]) => [key, shapeOf(field)]));
}

describe('REQUEST_FIELDS', () => {
  it('names every request of the protocol, in the same order', () => {
    expect(Object.keys(REQUEST_FIELDS)).toEqual(REQUEST_TYPES);
  });

  it.each(REQUEST_TYPES)('%s: names exactly the fields its schema does', (type) => {
    expect(REQUEST_FIELDS[type]).toEqual(shapeOf(requestSchemas[type]));
  });
});

describe('onlyKnownFields', () => {
  it('drops fields a schema does not name, at every level it names, and keeps values it does not look into', () => {
    const shape = REQUEST_FIELDS.saveSweepMemory;
    const memory = { options: { concurrency: 4, timeoutMs: 8000, includeUnregistered: true, includeUnits: false, old: 1 }, last: { any: 'thing' }, stale: true };
    expect(onlyKnownFields(shape, { memory, extra: 1 })).toEqual({
      memory: { options: { concurrency: 4, timeoutMs: 8000, includeUnregistered: true, includeUnits: false }, last: { any: 'thing' } },
    });
  });

  it('leaves a missing field missing and a non-object value as it is', () => {
    expect(onlyKnownFields(REQUEST_FIELDS.getSiteCard, {})).toEqual({});
    expect(onlyKnownFields(REQUEST_FIELDS.saveSettings, { settings: 'not an object' })).toEqual({ settings: 'not an object' });
  });
});
