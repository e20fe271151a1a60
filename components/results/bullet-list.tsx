/** A titled bullet list (pros, cons, prerequisites…). `small` for the compact sign-in cards. */
export function BulletList({ title, items, small = false }: { title: string; items: string[]; small?: boolean }) {
  return (
    <section className="print-keep">
      <h3 className={small ? 'mt-2 text-sm font-semibold' : 'font-semibold'}>{title}</h3>
      <ul className={small ? 'list-disc pl-5 text-sm' : 'mt-1 list-disc space-y-1 pl-6'}>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  );
}
