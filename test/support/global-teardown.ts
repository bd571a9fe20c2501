/** Stops the processes and the embedded database that the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__system as
    { system: { stop(): Promise<void> }; stopEmbedded?: () => Promise<void> } | undefined;
  await state?.system.stop();
  await state?.stopEmbedded?.();
}
