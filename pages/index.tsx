import Head from 'next/head';
import { plainHead, SiteChrome } from '@/components/site-chrome';
import { StartView } from '@/components/start-view';

/**
 * /: the start page. It has nothing interactive, so it is built once as a static HTML page with no script at all
 * (`unstable_runtimeJS: false`): a phone shows it as soon as the HTML and the stylesheet arrive.
 */
export const config = { unstable_runtimeJS: false };

export default function Start() {
  return (
    <>
      <Head>{plainHead(null)}</Head>
      <SiteChrome>
        <StartView />
      </SiteChrome>
    </>
  );
}
