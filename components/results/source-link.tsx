import { SOURCES_CITED, type SourceId } from '@/lib/sources';

/**
 * A citation: the source id as a link to the page, named for screen readers by the page's title. Where a source stands
 * alone rather than beside a claim (`titled`), the link shows the page's title instead of the id.
 */
export function SourceLink({ id, titled = false }: { id: SourceId; titled?: boolean }) {
  const source = SOURCES_CITED[id];
  return (
    <a href={source.url} rel="noreferrer" target="_blank" className="link">
      {titled ? source.title : id}
      <span className="sr-only">{titled ? '' : `: ${source.title}`} (opens in a new tab)</span>
    </a>
  );
}
