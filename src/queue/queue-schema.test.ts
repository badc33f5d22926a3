import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_SCHEMA, queueSchemaOf } from './queue-schema.js';

describe('queueSchemaOf', () => {
  it('uses newsgraph_queue for a URL that does not choose a schema', () => {
    expect(queueSchemaOf('postgres://news:secret@db.example.org:5433/news')).toBe(DEFAULT_QUEUE_SCHEMA);
  });

  it('puts the queue beside the schema the URL sets as search_path', () => {
    expect(queueSchemaOf('postgres://localhost/news?options=-c%20search_path%3Darchive_2024')).toBe(
      'archive_2024_queue',
    );
  });

  it('takes the first schema of a search_path list, in lower case', () => {
    expect(queueSchemaOf('postgresql://localhost/news?options=-c search_path=Desk,public')).toBe(
      'desk_queue',
    );
  });
});
