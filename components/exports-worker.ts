/// <reference lib="webworker" />
import { readExport } from '@/lib/estate/read';

/** Reads one export off the page's main thread, so a 50 MB file does not freeze the page. */
self.onmessage = (event: MessageEvent<{ id: number; name: string; buffer: ArrayBuffer; date: string }>) => {
  const { id, name, buffer, date } = event.data;
  self.postMessage({ id, result: readExport(name, new Uint8Array(buffer), date) });
};
