/**
 * The ovh/docs `> [!faq]` block as question/answer pairs: each question is a `<details>` whose
 * `<summary>` is the question and whose body is its answer, so answers never run into the
 * next question. Both layouts of ovh/docs are read: `> question` then `>> answer`, and
 * `>> question` then `>>> answer` (a quote holding its own pairs is read as a list of pairs).
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, RootContent } from 'mdast';
import { addClass, dataOf } from './attribute-markers.ts';

type Flow = BlockContent | DefinitionContent;

function summaryOf(question: Flow[]): { summary: Paragraph; rest: Flow[] } {
  const [first, ...rest] = question;
  const summary: Paragraph = first?.type === 'paragraph' ? first : { type: 'paragraph', children: [] };
  dataOf(summary).hName = 'summary';
  return { summary, rest: first?.type === 'paragraph' ? rest : question };
}

function pair(question: Flow[], answer: Flow[]): Blockquote {
  const { summary, rest } = summaryOf(question);
  const body: Blockquote = { type: 'blockquote', children: [...rest, ...answer], data: { hName: 'div' } };
  addClass(body, 'md-faq__answer');
  const item: Blockquote = { type: 'blockquote', children: [summary, body], data: { hName: 'details' } };
  addClass(item, 'md-faq__item');
  return item;
}

function holdsPairs(quote: Blockquote): boolean {
  return quote.children.some((child) => child.type === 'blockquote');
}

/** The question/answer pairs of a FAQ body, in order; content outside any pair is kept. */
export function faqItems(children: readonly (RootContent | Flow)[]): Flow[] {
  const items: Flow[] = [];
  let question: Flow[] = [];
  for (const child of children as Flow[]) {
    if (child.type !== 'blockquote') {
      question.push(child);
      continue;
    }
    if (question.length > 0) {
      items.push(pair(question, child.children));
      question = [];
    } else if (holdsPairs(child)) {
      items.push(...faqItems(child.children));
    } else {
      items.push(...child.children);
    }
  }
  items.push(...question);
  return items;
}
