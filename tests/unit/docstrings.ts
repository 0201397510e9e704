/**
 * Lists the exported functions of a module that have no docstring, read with the TypeScript
 * compiler's own parser (a regular expression would miss overloads, `export const f = () =>`
 * written over several lines, and comments that are not JSDoc).
 *
 * Counted as functions: `export function f`, `export async function f`, and `export const f =`
 * an arrow function or function expression. A docstring is a `/** … *\/` comment right before the
 * declaration, with some text in it. Types, objects, classes and re-exports are not counted.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const exported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** Whether a node carries a JSDoc comment with text (a tag such as @throws counts). */
const documented = (node: ts.Node) =>
  ts.getJSDocCommentsAndTags(node).some((doc) => {
    if (!ts.isJSDoc(doc)) return true;
    const text = typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((part) => part.text).join('');
    return text.trim() !== '' || (doc.tags?.length ?? 0) > 0;
  });

const isFunctionValue = (node: ts.Expression | undefined): boolean => {
  if (!node) return false;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return isFunctionValue(node.expression);
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
};

/**
 * The names of the exported functions in `source` (TypeScript text) without a docstring, in order.
 * `fileName` only names the source for the parser.
 */
export function undocumentedIn(source: string, fileName = 'module.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const statement of file.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const name = statement.name.text;
      // Overloads: one docstring on any of the signatures documents the function.
      if (seen.has(name)) continue;
      const signatures = file.statements.filter(
        (other): other is ts.FunctionDeclaration => ts.isFunctionDeclaration(other) && other.name?.text === name,
      );
      seen.add(name);
      if (!signatures.some(documented)) missing.push(name);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !isFunctionValue(declaration.initializer)) continue;
        if (!documented(statement) && !documented(declaration)) missing.push(declaration.name.text);
      }
    }
  }
  return missing;
}

/** The exported functions of the module at `path` without a docstring. @throws when the file cannot be read */
export function undocumentedExports(path: string): string[] {
  return undocumentedIn(readFileSync(path, 'utf8'), path);
}
