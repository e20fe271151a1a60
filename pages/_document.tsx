import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { SITE } from '@/components/site-chrome';

type Props = DocumentInitialProps & { nonce?: string };

/**
 * The HTML frame of the Pages Router's one page (pages/results.tsx), as app/layout.tsx draws it for the rest. In
 * production that page sends no script of Next's; in development Next's own scripts carry the request's nonce (proxy.ts).
 */
export default class SiteDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(ctx);
    // Only development sends Next's scripts here; in production the page stays free of anything per request.
    const nonce = process.env.NODE_ENV === 'development' ? ctx.req?.headers['x-nonce'] : undefined;
    return { ...initial, nonce: typeof nonce === 'string' ? nonce : undefined };
  }

  render() {
    return (
      <Html lang={SITE.lang}>
        <Head nonce={this.props.nonce} />
        <body className={SITE.bodyClass}>
          <Main />
          <NextScript nonce={this.props.nonce} />
        </body>
      </Html>
    );
  }
}
