/** Well-formedness of XML the site writes (the Atom feeds), for the unit, dist and build tests. */
import { SaxesParser } from 'saxes';

/**
 * Whether a text is well-formed, namespace-well-formed XML, read with saxes (a strict parser that
 * follows the XML 1.0 and Namespaces specifications): the first error's message, or undefined.
 */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (problem) => {
    error ??= problem.message;
  });
  parser.write(xml).close();
  return error;
}
