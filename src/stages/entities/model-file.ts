import { gunzipSync, gzipSync } from 'node:zlib';
import { createLabelSet } from './label-set.js';
import { SparseWeights } from './sparse-weights.js';
import type { FeatureSettings, Tagger, TaggerModel } from './tagger-model.js';

const MAGIC = 'NGNER2\n';

/** One pass of a trained tagger in the form the file stores. */
export interface ModelParts {
  types: string[];
  settings: FeatureSettings;
  transitions: Float32Array;
  keys: Uint32Array;
  rowStarts: Uint32Array;
  labels: Uint8Array;
  weights: Float32Array;
}

interface PassHeader {
  types: string[];
  settings: FeatureSettings;
  featureCount: number;
  entryCount: number;
  /** Weights are stored as int16 times this scale. */
  scale: number;
}

/**
 * The tagger file, gzip-compressed: a magic line, a JSON header (the model card and one entry per
 * pass), then for each pass its transitions (float32), feature keys (uint32), row starts
 * (uint32), entry labels (uint8) and weights quantized to int16.
 */
export function encodeTagger(passes: readonly ModelParts[], card: Record<string, unknown>): Buffer {
  const headers: PassHeader[] = [];
  const blocks: Buffer[] = [];
  for (const parts of passes) {
    let largest = 0;
    for (const weight of parts.weights) largest = Math.max(largest, Math.abs(weight));
    const scale = largest > 0 ? largest / 32767 : 1;
    headers.push({
      types: parts.types,
      settings: parts.settings,
      featureCount: parts.keys.length,
      entryCount: parts.labels.length,
      scale,
    });
    const quantized = Int16Array.from(parts.weights, (weight) => Math.round(weight / scale));
    blocks.push(...[parts.transitions, parts.keys, parts.rowStarts, parts.labels, quantized].map(bytesOf));
  }
  const header = Buffer.from(JSON.stringify({ card, passes: headers }));
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), headerLength, header, ...blocks]), { level: 9 });
}

export function decodeTagger(file: Buffer): Tagger {
  const bytes = gunzipSync(file);
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC)
    throw new Error('not a newsgraph entity tagger file');
  let offset = MAGIC.length;
  const headerLength = bytes.readUInt32LE(offset);
  offset += 4;
  const header = JSON.parse(bytes.subarray(offset, offset + headerLength).toString()) as {
    card: Record<string, unknown>;
    passes: PassHeader[];
  };
  offset += headerLength;
  const take = (byteLength: number): ArrayBuffer => {
    const copy = new ArrayBuffer(byteLength);
    new Uint8Array(copy).set(bytes.subarray(offset, offset + byteLength));
    offset += byteLength;
    return copy;
  };
  const passes: TaggerModel[] = header.passes.map((pass) => {
    const labelSet = createLabelSet(pass.types);
    const size = labelSet.labels.length;
    const transitions = new Float32Array(take(size * size * 4));
    const keys = new Uint32Array(take(pass.featureCount * 4));
    const rowStarts = new Uint32Array(take((pass.featureCount + 1) * 4));
    const labels = new Uint8Array(take(pass.entryCount));
    const quantized = new Int16Array(take(pass.entryCount * 2));
    const weights = Float32Array.from(quantized, (value) => value * pass.scale);
    return {
      labelSet,
      weights: new SparseWeights(size, keys, rowStarts, labels, weights),
      transitions,
      settings: pass.settings,
    };
  });
  const [first, second] = passes;
  if (!first) throw new Error('entity tagger file has no model');
  return { first, ...(second ? { second } : {}), card: header.card };
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
