export const metadata = { title: 'Questions' };

export default function Questions() {
  return <h1 className="text-2xl font-bold">Questions</h1>;
}
