import { describe, expect, it } from 'vitest';
import { isConnectionLost, serverAdvice } from './server-advice.js';

/** An error as pg gives it: a message, and a SQLSTATE or a socket error code. */
const failure = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('serverAdvice', () => {
  it.each([
    [
      'a database that does not exist',
      failure('database "news" does not exist', '3D000'),
      /^Create it .*ingest/,
    ],
    [
      'a table that is gone',
      failure('relation "articles" does not exist', '42P01'),
      /tables are not there.*ingest/,
    ],
    [
      'a schema that is gone',
      failure('schema "newsgraph_queue" does not exist', '3F000'),
      /tables are not there/,
    ],
    ['nothing listening', failure('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'), /server runs/],
    ['a wrong password', failure('password authentication failed', '28P01'), /password/],
    ['a connection the server ended', failure('terminating connection', '57P01'), /server runs/],
    ['a connection that timed out', failure('timeout exceeded when trying to connect'), /server runs/],
  ])('says what to do about %s', (_, error, advice) => {
    expect(serverAdvice(error)).toMatch(advice);
  });

  it('says nothing about an error of the statement itself', () => {
    expect(serverAdvice(failure('syntax error at or near "SELEC"', '42601'))).toBeUndefined();
    expect(serverAdvice(new Error('no code'))).toBeUndefined();
  });
});

describe('isConnectionLost', () => {
  it.each([
    failure('terminating connection due to administrator command', '57P01'),
    failure('Connection terminated unexpectedly'),
    failure('Client has encountered a connection error and is not queryable'),
    failure('read ECONNRESET', 'ECONNRESET'),
  ])('knows a lost connection: $message', (error) => {
    expect(isConnectionLost(error)).toBe(true);
  });

  it('is false for a database that does not exist (a new connection says so, not a lost one)', () => {
    expect(isConnectionLost(failure('database "news" does not exist', '3D000'))).toBe(false);
  });
});
