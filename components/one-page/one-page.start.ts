// The one-page form's script entry (scripts/build-client.mjs): a module script runs once the document is parsed.
import { start } from './one-page.client';

start();
