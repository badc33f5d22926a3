import type { Command } from 'commander';
import type { FetcherOptions } from '../../ingest/fetch/create-fetcher.js';

export interface FetchFlags {
  userAgent?: string;
  allowPrivate?: boolean;
}

/** For `ingest` and `watch`: how the fetcher presents itself and where it may go. */
export function addFetchOptions(command: Command): Command {
  return command
    .option(
      '--user-agent <text>',
      'the User-Agent of every request; its first word is what robots.txt rules name',
    )
    .option(
      '--allow-private',
      'let requests reach loopback and private addresses (a server on this machine or network)',
    );
}

export function fetcherOptions(flags: FetchFlags): FetcherOptions {
  return {
    ...(flags.userAgent ? { userAgent: flags.userAgent } : {}),
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
  };
}
