import { SOURCES_CITED, type SourceId } from '@/lib/sources';

/** A citation: the source id as a link to the Microsoft page, named for screen readers. */
export function SourceLink({ id }: { id: SourceId }) {
  const source = SOURCES_CITED[id];
  return (
    <a href={source.url} rel="noreferrer" target="_blank" className="text-brand underline underline-offset-2" title={source.title}>
      {id}
      <span className="sr-only">: {source.title} (opens in a new tab)</span>
    </a>
  );
}
