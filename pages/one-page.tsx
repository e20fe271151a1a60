import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { plainHead, scriptTag, SiteChrome } from '@/components/site-chrome';
import { OnePageView, onePageTitle, readOnePage, type OnePageParams } from '@/components/one-page/one-page-view';
import { today } from '@/components/today';
import { plainPage, sendPlainPage } from '@/app/_server/plain-page';

/**
 * /one-page?<answers>: every question on one page with the advice beside it, the meeting view. Served as plain HTML,
 * as the results page is (pages/results.tsx): the form arrives filled in from the address, with no component data
 * inline and nothing to hydrate, so it is usable at once on a slow phone. One script of ours
 * (components/one-page/one-page.client.tsx, built to /one-page/one-page.js) keeps the advice live as answers change.
 * "Check answers" submits the form here: the server checks it and goes on to check answers, or shows what is wrong.
 */
export const config = { unstable_runtimeJS: false };

const SCRIPT = { src: '/one-page/one-page.js', module: true };

type Props = { params: OnePageParams; date: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  const date = today();
  const input = readOnePage(query);
  if (input.redirect) return { redirect: { destination: input.redirect, statusCode: 303 } };
  sendPlainPage(res, (stylesheets) =>
    plainPage({ title: onePageTitle(input.errors), body: <OnePageView {...input} date={date} />, stylesheets, script: SCRIPT }),
  );
  return { props: { params: query, date } };
};

export default function OnePage({ params, date }: Props) {
  const input = readOnePage(params);
  return (
    <>
      <Head>{plainHead(onePageTitle(input.errors))}</Head>
      <SiteChrome>
        <OnePageView {...input} date={date} />
      </SiteChrome>
      {scriptTag(SCRIPT)}
    </>
  );
}
