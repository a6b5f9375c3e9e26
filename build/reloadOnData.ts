// The dev server's answer to an edit under a data folder: the virtual module built from it is
// stale, and the page reloads to take the new one (the data is read once, at start-up).
import type { Plugin } from 'vite';

export function reloadOnData(dataDir: string, resolvedId: string): NonNullable<Plugin['hotUpdate']> {
  return function hotUpdate({ file, server }) {
    if (!file.startsWith(dataDir)) return;
    const mod = server.moduleGraph.getModuleById(resolvedId);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
    return [];
  };
}
