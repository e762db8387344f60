/** This extension's identity as its APIs give it, for lib/extension-url.ts. */
import type { ExtensionIdentity } from './extension-url';

interface RuntimeLike {
  id: string;
  getURL(path: string): string;
}

export function extensionIdentity(runtime: RuntimeLike): ExtensionIdentity {
  const dynamicId = (runtime as RuntimeLike & { dynamicId?: unknown }).dynamicId;
  return {
    base: runtime.getURL('/'),
    id: runtime.id,
    ...(typeof dynamicId === 'string' && { dynamicId }),
  };
}
