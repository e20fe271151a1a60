import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_COMMANDS } from './commands';

describe('the export commands', () => {
  it('the README shows each command exactly as the page does', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const c of EXPORT_COMMANDS) expect(readme, c.title).toContain(c.command);
  });

  it('each command writes the file it names, in an encoding that keeps accented names', () => {
    for (const c of EXPORT_COMMANDS) expect(c.command).toMatch(new RegExp(`Export-Csv ${c.file.replace('.', '\\.')} -NoTypeInformation -Encoding UTF8$`));
  });
});
