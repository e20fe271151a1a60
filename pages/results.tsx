import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { plainHead, scriptTag, SiteChrome } from '@/components/site-chrome';
import { readResults, resultsTitle, ResultsView, type ResultsParams } from '@/components/results/results-view';
import { today } from '@/components/today';
import { plainPage, sendPlainPage } from '@/app/_server/plain-page';

/**
 * /results?<answers>: the advice, as plain HTML. It is the largest page and the most shared, so it is served without
 * React in the browser: no component data inline, no hydration, no nonce. The few things its buttons do come from one
 * small script of our own (components/results/results-page.client.ts, built to /results-page.js).
 *
 * In a production build the whole page is rendered in one pass of React's string renderer and sent from
 * getServerSideProps (app/_server/plain-page.tsx); Next's page render, which streams and encodes the page in many small
 * pieces, is only the fallback (development). `unstable_runtimeJS: false` keeps Next's own scripts out of that one too.
 */
export const config = { unstable_runtimeJS: false };

const SCRIPT = { src: '/results-page.js' };

type Props = { params: ResultsParams; date: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  const date = today();
  const input = readResults(query);
  sendPlainPage(res, (stylesheets) =>
    plainPage({ title: resultsTitle(input), body: <ResultsView input={input} date={date} />, stylesheets, script: SCRIPT }),
  );
  return { props: { params: query, date } };
};

export default function Results({ params, date }: Props) {
  const input = readResults(params);
  return (
    <>
      <Head>{plainHead(resultsTitle(input))}</Head>
      <SiteChrome>
        <ResultsView input={input} date={date} />
      </SiteChrome>
      {scriptTag(SCRIPT)}
    </>
  );
}
