import type { Metadata } from 'next';
import { SmtpLookupForm } from '@/components/smtp-lookup';
import { SMTP_EMPTY } from '@/lib/smtp/lookup';
import { explainSmtp } from './actions';

// The form posts to a server action, which Next accepts only with the page's own Origin: a browser sends "Origin: null"
// under the site-wide no-referrer policy when JavaScript is off. same-origin still sends nothing to any other site.
export const metadata: Metadata = { title: 'Bounce code lookup', referrer: 'same-origin' };

export default function SmtpLookupPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Bounce code lookup</h1>
      <p>
        What does this bounce mean? Paste an SMTP reply, a bounce message or a log line from your move. Each reply in it is read as one: its
        basic code, its enhanced code and the text after them. You get what it means, whether the sender will retry, the likely cause during
        a migration, and what to check.
      </p>
      <SmtpLookupForm action={explainSmtp} initial={SMTP_EMPTY} />
    </div>
  );
}
