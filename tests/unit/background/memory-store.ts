/** A settings store kept in memory, shaped like the background's storage.local ones. */
export function memoryStore<T>(initial: T) {
  const store = {
    value: initial,
    get: async () => store.value,
    set: async (value: T) => {
      store.value = value;
    },
  };
  return store;
}
