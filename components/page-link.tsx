import Link from 'next/link';
import { PLAIN_PAGES } from '@/server/content-security-policy';

/**
 * A link to a page of this site. To a page served as plain HTML by the Pages Router (PLAIN_PAGES), a plain anchor:
 * the App Router would only prefetch it to find it cannot use it (a full page load follows either way), and that
 * prefetch is left hanging by the plain page's one-pass response. To any other page, Next's Link.
 */
export function PageLink({ href, ...rest }: Omit<React.ComponentProps<'a'>, 'href'> & { href: string }) {
  const path = href.split(/[?#]/)[0] ?? '';
  if ((PLAIN_PAGES as readonly string[]).includes(path)) return <a href={href} {...rest} />;
  return <Link href={href} {...rest} />;
}
