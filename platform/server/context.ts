import DataLoader from 'dataloader';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';

/** Everything a resolver may use about the current request. */
export interface RequestContext {
  requestId: string;
  /** The verified caller; undefined only while an unauthenticated `_service` request runs. */
  actor: Actor;
  /** The caller's bearer token, forwarded when this subgraph requests a fact from another one. */
  token: string;
  /** True when another subgraph of this system sent the request on the caller's behalf. */
  internalCall?: boolean;
  logger: Logger;
  db: DataSource;
  /** Per-request DataLoaders by name; see `loaderFor`. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * Returns the request's DataLoader called `name`, creating it on first use, so every list field
 * that needs the same kind of row in one request shares one batched statement.
 */
export function loaderFor<K, V>(
  context: RequestContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    context.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys, with `fallback` where a key has no row. */
export function alignByKey<K, V, F>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  fallback: F,
): (V | F)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? fallback);
}

/** Groups batch results per key, with an empty list where a key has none. */
export function groupByKey<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
