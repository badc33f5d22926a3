import { formatRejection, type Rejection } from '../ingest/input-error.js';

export function formatRejectionList(rejections: readonly Rejection[]): string[] {
  return rejections.map((rejection) => `  ${formatRejection(rejection)}`);
}
