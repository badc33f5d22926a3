/** A sparse matrix by rows (CSR): row r holds `indices/values[offsets[r] .. offsets[r + 1])`, indices ascending. */
export interface SparseRows {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  columns: number;
}
