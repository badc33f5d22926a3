const NEWLINE = Buffer.from('\n');

/** Articles as lines of their annotated-article JSON (UTF-8), a page of them per chunk. */
export async function* jsonlChunks(pages: AsyncIterable<Uint8Array[]>): AsyncGenerator<Uint8Array> {
  for await (const page of pages) yield Buffer.concat(page.flatMap((json) => [json, NEWLINE]));
}
