// Test and script tooling that reads the source tree (no server runtime state): usable from
// vitest and from tsx scripts alike, so it does not import "server-only".
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The HTTP methods a Next route handler may export (HEAD and OPTIONS are answered by Next when absent). */
export const ROUTE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

export type RouteHandlerEntry = {
  /** "METHOD /path" with dynamic segments as written in the tree: "GET /api/v1/courses/[id]". */
  key: string;
  method: RouteMethod;
  path: string;
  /** The route file, relative to the project root (for import and for error messages). */
  file: string;
};

/**
 * Every route handler of the app directory: each `route.ts` file and each HTTP method it
 * exports, read from the source with the TypeScript parser (importing the modules would run
 * their side effects and drag in the whole server). Security-critical: the authorization matrix
 * is checked against this list, so a form of export this parser does not understand must throw,
 * never be skipped.
 */
export function listRouteHandlers(root = process.cwd()): RouteHandlerEntry[] {
  const appDir = path.join(root, "app");
  const entries: RouteHandlerEntry[] = [];
  for (const file of findRouteFiles(appDir)) {
    const urlPath = routePath(path.relative(appDir, path.dirname(file)));
    const relative = path.relative(root, file).split(path.sep).join("/");
    for (const method of exportedMethods(readFileSync(file, "utf8"), relative)) {
      entries.push({ key: `${method} ${urlPath}`, method, path: urlPath, file: relative });
    }
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

function findRouteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    // Next never routes a private folder (`_name`).
    if (item.isDirectory() && !item.name.startsWith("_")) found.push(...findRouteFiles(full));
    else if (item.isFile() && /^route\.(ts|tsx|js|mjs)$/.test(item.name)) found.push(full);
  }
  return found;
}

/** The URL path of a folder under app/: route groups `(name)` and parallel slots `@name` are not in the URL. */
export function routePath(folder: string): string {
  const segments = folder.split(/[\\/]/).filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route module's source exports, in any of the forms TypeScript allows. */
export function exportedMethods(source: string, fileName = "route.ts"): RouteMethod[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause) throw new Error(`${fileName}: "export *" hides which methods it exports; export them by name`);
      if (ts.isNamespaceExport(statement.exportClause)) continue;
      for (const element of statement.exportClause.elements) names.add(element.name.text);
      continue;
    }
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) names.add(statement.name.text);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) collectBindingNames(declaration.name, names);
    }
  }
  return ROUTE_METHODS.filter((method) => names.has(method));
}

function isExported(statement: ts.Statement): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  const kinds = new Set(modifiers?.map((modifier) => modifier.kind));
  // `export default function GET` is the module's default, not a named method export.
  return kinds.has(ts.SyntaxKind.ExportKeyword) && !kinds.has(ts.SyntaxKind.DefaultKeyword);
}

/** `const GET = …`, `const { GET, POST } = handlers`, `const { handler: GET } = …`, `const [GET] = …`. */
function collectBindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) {
    into.add(name.text);
    return;
  }
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) collectBindingNames(element.name, into);
  }
}
