import type { AppProps } from 'next/app';
import '@/app/globals.css';

/** The Pages Router's frame, for the one page it serves (pages/results.tsx): the same stylesheet as every other page. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
