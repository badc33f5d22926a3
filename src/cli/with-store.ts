import type { Store } from '../store/store.js';
import { openStore } from '../system.js';

/** Opens the database a read command names (it must already exist), runs `read` on it, and closes it. */
export async function withStore(db: string, read: (store: Store) => Promise<void>): Promise<void> {
  const store = openStore(db, { mustExist: true });
  try {
    await read(store);
  } finally {
    await store.close();
  }
}
