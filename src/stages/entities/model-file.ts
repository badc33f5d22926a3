import { gunzipSync, gzipSync } from 'node:zlib';
import { createLabelSet } from './label-set.js';
import { QuantizedWeights } from './quantized-weights.js';
import type { FeatureSettings, Tagger } from './tagger-model.js';

const MAGIC = 'NGNER3\n';

/** One trained pass, as training produces it: sparse rows of per-label weights. */
export interface ModelParts {
  types: string[];
  settings: FeatureSettings;
  transitions: Float32Array;
  keys: Int32Array;
  rowStarts: Uint32Array;
  labels: Uint8Array;
  weights: Float32Array;
}

interface Header {
  types: string[];
  settings: FeatureSettings;
  passes: number;
  featureCount: number;
  entryCount: number;
  /** Weights are stored as int16 times this scale. */
  scale: number;
  card: Record<string, unknown>;
}

/**
 * The tagger file, gzip-compressed: a magic line, a JSON header, then the transitions of each
 * pass (float32), and one table for both passes: feature keys (uint32), row starts (uint32),
 * entry labels (uint8: the second pass's offset by the label count) and weights quantized to int16.
 */
export function encodeTagger(
  first: ModelParts,
  second: ModelParts | undefined,
  card: Record<string, unknown>,
): Buffer {
  const passes = second ? [first, second] : [first];
  const size = first.transitions.length ** 0.5;
  const rows = new Map<number, Array<[number, number]>>();
  passes.forEach((parts, pass) => {
    parts.keys.forEach((key, row) => {
      const entries = rows.get(key) ?? [];
      for (
        let entry = parts.rowStarts[row] as number;
        entry < (parts.rowStarts[row + 1] as number);
        entry++
      ) {
        entries.push([(parts.labels[entry] as number) + pass * size, parts.weights[entry] as number]);
      }
      rows.set(key, entries);
    });
  });
  const keys = Int32Array.from([...rows.keys()].sort((a, b) => a - b));
  const rowStarts = new Uint32Array(keys.length + 1);
  const labels: number[] = [];
  const weights: number[] = [];
  keys.forEach((key, row) => {
    for (const [label, weight] of rows.get(key) ?? []) {
      labels.push(label);
      weights.push(weight);
    }
    rowStarts[row + 1] = labels.length;
  });
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 32767 : 1;
  const header: Header = {
    types: first.types,
    settings: first.settings,
    passes: passes.length,
    featureCount: keys.length,
    entryCount: labels.length,
    scale,
    card,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const blocks = [
    ...passes.map((parts) => parts.transitions),
    keys,
    rowStarts,
    Uint8Array.from(labels),
    Int16Array.from(weights, (weight) => Math.round(weight / scale)),
  ].map(bytesOf);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), headerLength, headerBytes, ...blocks]), { level: 9 });
}

export function decodeTagger(file: Buffer): Tagger {
  const bytes = gunzipSync(file);
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC)
    throw new Error('not a newsgraph entity tagger file');
  let offset = MAGIC.length;
  const headerLength = bytes.readUInt32LE(offset);
  offset += 4;
  const header = JSON.parse(bytes.subarray(offset, offset + headerLength).toString()) as Header;
  offset += headerLength;
  const take = (byteLength: number): ArrayBuffer => {
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(bytes.subarray(offset, offset + byteLength));
    offset += byteLength;
    return copy;
  };
  const labelSet = createLabelSet(header.types);
  const size = labelSet.labels.length;
  const transitions = Array.from({ length: header.passes }, () => new Float32Array(take(size * size * 4)));
  const keys = new Int32Array(take(header.featureCount * 4));
  const rowStarts = new Uint32Array(take((header.featureCount + 1) * 4));
  const labels = new Uint8Array(take(header.entryCount));
  const weights = new Int16Array(take(header.entryCount * 2));
  const [firstTransitions, secondTransitions] = transitions;
  if (!firstTransitions) throw new Error('entity tagger file has no pass');
  return {
    labelSet,
    settings: header.settings,
    weights: new QuantizedWeights(size * header.passes, keys, rowStarts, labels, weights),
    weightScale: header.scale,
    firstTransitions,
    ...(secondTransitions ? { secondTransitions } : {}),
    card: header.card,
  };
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
